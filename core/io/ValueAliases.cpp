#include "ValueAliases.h"

#include "db/AuditLog.h"
#include "util/PinyinInitials.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/TextSimilarity.h"
#include "validation/TextNormalizer.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

QStringList ValueAliases::kinds()
{
    return {QStringLiteral("department"), QStringLiteral("township"), QStringLiteral("category"), QStringLiteral("industry")};
}

QHash<QString, QString> ValueAliases::load(const QSqlDatabase &db, const QString &kind)
{
    QHash<QString, QString> map;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT value, target FROM value_alias WHERE kind = ?"), {kind});
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

QList<ValueAliases::Alias> ValueAliases::list(const QSqlDatabase &db)
{
    QList<Alias> all;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT kind, value, target FROM value_alias ORDER BY kind, value"));
    while (q.next())
        all.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return all;
}

QStringList ValueAliases::targets(const QSqlDatabase &db, const QString &kind)
{
    QString sql;
    if (kind == u"department")
        sql = QStringLiteral("SELECT name FROM department UNION ALL SELECT short_name FROM department");
    else if (kind == u"township")
        sql = QStringLiteral("SELECT name FROM township");
    else if (kind == u"industry")
        sql = QStringLiteral("SELECT name FROM industry UNION ALL SELECT code FROM industry");
    else if (kind == u"category")
        return {QStringLiteral("咨询"), QStringLiteral("求助"), QStringLiteral("投诉"), QStringLiteral("举报"),
                QStringLiteral("建议"), QStringLiteral("表扬"), QStringLiteral("其他")};
    else
        throw Refusal(tr("There is no kind of alias “%1”; the kinds are %2.").arg(kind, kinds().join(tr(", "))));
    QStringList names;
    QSqlQuery q = Sql::exec(db, sql);
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

void ValueAliases::add(const QSqlDatabase &db, const QString &kind, const QString &value, const QString &target)
{
    const QString from = value.trimmed();
    const QString to = target.trimmed();
    if (from.isEmpty() || to.isEmpty())
        throw Refusal(tr("An alias needs the value as files write it and the name it stands for."));
    const QStringList known = targets(db, kind);
    if (!known.contains(to))
        throw Refusal(tr("“%1” is not a %2 the register knows; an alias must point to one.").arg(to, kind));
    if (known.contains(from))
        throw Refusal(tr("“%1” is already a %2's name; it needs no alias.").arg(from, kind));
    Transaction transaction(db);
    const QVariant existing = Sql::scalar(db, QStringLiteral("SELECT id FROM value_alias WHERE kind = ? AND value = ?"), {kind, from});
    if (existing.isValid()) {
        Sql::exec(db, QStringLiteral("UPDATE value_alias SET target = ? WHERE id = ?"), {to, existing});
        AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("value_alias"), existing.toLongLong(), {},
                              QJsonObject{{QStringLiteral("target"), to}}});
    } else {
        Sql::exec(db, QStringLiteral("INSERT INTO value_alias (kind, value, target) VALUES (?, ?, ?)"), {kind, from, to});
        const qint64 id = Sql::lastInsertId(db);
        AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("value_alias"), id, {},
                              QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), from}, {QStringLiteral("target"), to}}});
    }
    transaction.commit();
}

void ValueAliases::remove(const QSqlDatabase &db, const QString &kind, const QString &value)
{
    Transaction transaction(db);
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM value_alias WHERE kind = ? AND value = ?"), {kind, value});
    if (!id.isValid())
        throw Refusal(tr("There is no %1 alias “%2”.").arg(kind, value));
    AuditLog::record(db, {AuditLog::Action::Delete, QStringLiteral("value_alias"), id.toLongLong(),
                          QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), value}}, {}});
    Sql::exec(db, QStringLiteral("DELETE FROM value_alias WHERE id = ?"), {id});
    transaction.commit();
}

QString ValueAliases::core(const QString &name)
{
    static const QRegularExpression prefix(QStringLiteral("^\\S{1,6}?[省市县区旗](?=\\S{2,})"));
    static const QRegularExpression suffix(
        QStringLiteral("(管理局|局|委员会|委|大队|支队|中心|办公室|办|人民政府|政府|街道办事处|街道|镇|乡)$"));
    QString text = TextNormalizer::toHalfWidth(name).simplified().remove(u' ');
    const QString withoutPrefix = QString(text).remove(prefix);
    if (withoutPrefix.size() >= 2)
        text = withoutPrefix;
    const QString withoutSuffix = QString(text).remove(suffix);
    return withoutSuffix.size() >= 2 ? withoutSuffix : text;
}

QString ValueAliases::suggest(const QString &value, const QStringList &targets)
{
    const bool abbreviation = PinyinInitials::isAbbreviation(value);
    const QString wanted = abbreviation ? value.trimmed().toUpper() : core(value);
    if (wanted.isEmpty())
        return {};
    QString best;
    double bestScore = 0;
    for (const QString &target : targets) {
        const QString candidate = abbreviation ? QString() : core(target);
        double score = 0;
        if (abbreviation) {
            // "SCJGJ" for 市场监管局: the initials of the name as written, without its
            // county's prefix (a tail of them), or without prefix and ending.
            const QString full = PinyinInitials::of(target);
            if (wanted.size() >= 3 && full.endsWith(wanted))
                score = 1.95;
            for (const QString &initials : {full, PinyinInitials::of(core(target))}) {
                if (initials == wanted)
                    score = qMax(score, 2.0);
                else if (initials.startsWith(wanted) || wanted.startsWith(initials))
                    score = qMax(score, 1 + double(qMin(initials.size(), wanted.size())) / qMax(initials.size(), wanted.size()));
            }
        } else if (candidate.isEmpty())
            continue;
        else if (candidate == wanted)
            score = 2; // the same once prefix and ending are gone
        else if (candidate.contains(wanted) || wanted.contains(candidate))
            score = 1 + double(qMin(candidate.size(), wanted.size())) / qMax(candidate.size(), wanted.size());
        else
            score = TextSimilarity::ratio(wanted, candidate);
        // A longer (full) name wins a tie over its short form.
        if (score > bestScore || (score == bestScore && target.size() > best.size())) {
            bestScore = score;
            best = target;
        }
    }
    return bestScore >= 0.6 ? best : QString();
}
