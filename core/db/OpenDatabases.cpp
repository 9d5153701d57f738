#include "OpenDatabases.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QMutex s_mutex;
QStringList s_open; // absolute paths; one entry per open connection

// A comparable name that does not depend on how the path was written: the folder
// resolved through links, then the file name as given.
QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString name = info.fileName();
    const QString joined = QDir(dir.isEmpty() ? info.absolutePath() : dir).filePath(name);
#ifdef Q_OS_WIN
    return joined.toLower();
#else
    return joined;
#endif
}

bool identical(const QString &a, const QString &b)
{
    if (normalised(a) == normalised(b))
        return true;
#ifdef Q_OS_UNIX
    struct stat sa {};
    struct stat sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return false;
}

bool inside(const QString &path, const QString &folder)
{
    const QString f = normalised(folder) + QLatin1Char('/');
    QString p = normalised(path);
    return p.startsWith(f);
}

} // namespace

QStringList OpenDatabases::companionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

void OpenDatabases::add(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    s_open.append(QFileInfo(databasePath).absoluteFilePath());
}

void OpenDatabases::remove(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    s_open.removeOne(QFileInfo(databasePath).absoluteFilePath());
}

bool OpenDatabases::covers(const QString &path)
{
    QStringList open;
    {
        QMutexLocker lock(&s_mutex);
        open = s_open;
    }
    for (const QString &db : std::as_const(open)) {
        if (isDatabaseOrCompanion(path, db))
            return true;
    }
    return false;
}

QString OpenDatabases::ownerOf(const QString &path)
{
    QStringList open;
    {
        QMutexLocker lock(&s_mutex);
        open = s_open;
    }
    for (const QString &db : std::as_const(open)) {
        if (isDatabaseOrCompanion(path, db))
            return db;
        if (inside(path, Database::backupFolder(db)) || inside(path, Database::attachmentFolder(db)))
            return db;
    }
    return {};
}

bool OpenDatabases::sameFile(const QString &a, const QString &b)
{
    return identical(a, b);
}

bool OpenDatabases::isDatabaseOrCompanion(const QString &path, const QString &databasePath)
{
    if (identical(path, databasePath))
        return true;
    for (const QString &suffix : companionSuffixes()) {
        if (identical(path, databasePath + suffix))
            return true;
    }
    return false;
}
