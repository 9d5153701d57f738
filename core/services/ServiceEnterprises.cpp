#include "ServiceEnterprises.h"

#include "util/Refusal.h"
#include "db/Sql.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

QList<qint64> ServiceEnterprises::resolve(const QSqlDatabase &db, const QStringList &usccs)
{
    QList<qint64> ids;
    QStringList problems;
    for (int i = 0; i < usccs.size(); ++i) {
        const QString code = TextNormalizer::code(usccs.at(i));
        const ValidationResult v = Uscc::validate(code);
        if (!v.valid) {
            problems.append(tr("%1. %2: %3").arg(i + 1).arg(usccs.at(i), v.reason));
            continue;
        }
        const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM enterprise WHERE uscc = ?"), {code});
        if (!id.isValid()) {
            problems.append(tr("%1. %2: not in the register").arg(i + 1).arg(code));
            continue;
        }
        if (!ids.contains(id.toLongLong()))
            ids.append(id.toLongLong());
    }
    if (!problems.isEmpty())
        throw Refusal(tr("Nothing was saved; these enterprises are not right:\n%1")
                                                               .arg(problems.join(QLatin1Char('\n'))));
    return ids;
}

qint64 ServiceEnterprises::resolveOne(const QSqlDatabase &db, const QString &uscc)
{
    return resolve(db, {uscc}).constFirst();
}
