#include "DatabaseLock.h"

#include <QFileInfo>

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(lockPath(databasePath)))
{
    // Held for as long as the window is open: never stale by age, only when the
    // process that wrote it is gone (QLockFile checks the process id and host).
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

bool DatabaseLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    return m_lock->tryLock(100);
}

bool DatabaseLock::isLocked() const
{
    return m_lock->isLocked();
}

QString DatabaseLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return tr("another program");
    return tr("%1 (process %2) on %3").arg(application.isEmpty() ? tr("FairCheck") : application).arg(pid).arg(host);
}
