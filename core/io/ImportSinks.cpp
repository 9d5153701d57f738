#include "ImportSinks.h"

#include "ImportKind.h"
#include "util/Refusal.h"

#include <QMutex>
#include <QMutexLocker>

namespace {

QMutex s_mutex;

QHash<QString, ImportSinks::Factory> &factories()
{
    static QHash<QString, ImportSinks::Factory> all;
    return all;
}

} // namespace

void ImportSinks::add(const QString &kindId, Factory factory)
{
    QMutexLocker lock(&s_mutex);
    factories().insert(kindId, std::move(factory));
}

bool ImportSinks::has(const QString &kindId)
{
    QMutexLocker lock(&s_mutex);
    return factories().contains(kindId);
}

std::unique_ptr<ImportSink> ImportSinks::make(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report,
                                              const QHash<QString, QString> &parameters)
{
    Factory factory;
    {
        QMutexLocker lock(&s_mutex);
        factory = factories().value(kind.id);
    }
    if (!factory)
        throw Refusal(tr("This program cannot import %1 (“%2”): no part of it takes that kind of file.").arg(kind.title, kind.id));
    return factory(db, kind, report, parameters);
}
