#include "ValueAliases.h"

#include "db/AuditLog.h"
#include "util/PinyinInitials.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/TextSimilarity.h"
#include "validation/TextNormalizer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

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

void ValueAliases::check(const QSqlDatabase &db, const QString &kind, const QString &value, const QString &target)
{
    const QString from = value.trimmed();
    const QString to = target.trimmed();
    if (from.isEmpty() || to.isEmpty())
        throw Refusal(tr("An alias needs the value as files write it and the name it stands for."));
    bool control = false;
    for (const QChar c : from)
        control = control || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    if (from.size() > kLongestName || control)
        throw Refusal(tr("“%1…” is not a name written another way: a value takes one line of at most %2 characters.")
                          .arg(from.left(20).simplified())
                          .arg(kLongestName));
    const QStringList known = targets(db, kind);
    if (!known.contains(to))
        throw Refusal(tr("“%1” is not a %2 the register knows; an alias must point to one.").arg(to, kindName(kind)));
    if (known.contains(from))
        throw Refusal(tr("“%1” is already a %2's name; it needs no alias.").arg(from, kindName(kind)));
}

QString ValueAliases::kindName(const QString &kind)
{
    if (kind == u"department")
        return tr("department");
    if (kind == u"township")
        return tr("township");
    if (kind == u"category")
        return tr("12345 category");
    if (kind == u"industry")
        return tr("industry");
    return kind;
}

QString ValueAliases::add(const QSqlDatabase &db, const QString &kind, const QString &value, const QString &target)
{
    check(db, kind, value, target);
    const QString from = value.trimmed();
    const QString to = target.trimmed();
    Transaction transaction(db);
    const QVariant existing = Sql::scalar(db, QStringLiteral("SELECT id FROM value_alias WHERE kind = ? AND value = ?"), {kind, from});
    const QString before = existing.isValid()
        ? Sql::scalar(db, QStringLiteral("SELECT target FROM value_alias WHERE id = ?"), {existing}).toString() : QString();
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
    return before;
}

void ValueAliases::remove(const QSqlDatabase &db, const QString &kind, const QString &value)
{
    Transaction transaction(db);
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM value_alias WHERE kind = ? AND value = ?"), {kind, value});
    if (!id.isValid())
        throw Refusal(tr("There is no %1 alias “%2”.").arg(kindName(kind), value));
    AuditLog::record(db, {AuditLog::Action::Delete, QStringLiteral("value_alias"), id.toLongLong(),
                          QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), value}}, {}});
    Sql::exec(db, QStringLiteral("DELETE FROM value_alias WHERE id = ?"), {id});
    transaction.commit();
}

namespace {

// The name without the county's or city's prefix (清溪县, 某某市), when something is left.
QString withoutPrefix(const QString &name)
{
    static const QRegularExpression prefix(QStringLiteral("^\\S{1,6}?[省市县区旗](?=\\S{2,})"));
    const QString text = TextNormalizer::toHalfWidth(name).simplified().remove(u' ');
    const QString stripped = QString(text).remove(prefix);
    return stripped.size() >= 2 ? stripped : text;
}

// How well an abbreviation in Latin letters ("SCJGJ") stands for a name: its initials as
// written, without the prefix, or without prefix and ending; 2 when one is equal, less
// for one that starts the other, 0 otherwise.
double abbreviationScore(const QString &wanted, const QString &target)
{
    double score = 0;
    for (const QString &initials : {PinyinInitials::of(target), PinyinInitials::of(withoutPrefix(target)),
                                    PinyinInitials::of(ValueAliases::core(target))}) {
        const double shorter = qMin(initials.size(), wanted.size());
        const double longer = qMax(initials.size(), wanted.size());
        if (initials == wanted)
            score = 2;
        else if ((initials.startsWith(wanted) || wanted.startsWith(initials)) && shorter >= 3 && shorter / longer >= 0.6)
            score = qMax(score, 1 + shorter / longer);
    }
    return score;
}

// The short and former names county files use, longest first (resources/io/name-abbreviations.json).
const QList<QPair<QString, QString>> &abbreviations()
{
    static const QList<QPair<QString, QString>> table = [] {
        QList<QPair<QString, QString>> list;
        QFile file(QStringLiteral(":/faircheck/io/name-abbreviations.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject words = QJsonDocument::fromJson(file.readAll()).object().value(u"department").toObject();
            for (auto it = words.begin(); it != words.end(); ++it)
                list.append({it.key(), it.value().toString()});
        }
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return list;
    }();
    return table;
}

// 市监 → 市场监督管理, 安监 → 应急管理: the name's words a short or former form stands for.
QString expanded(const QString &core)
{
    for (const auto &[shortForm, words] : abbreviations()) {
        if (core.contains(shortForm) && !core.contains(words))
            return QString(core).replace(shortForm, words);
    }
    return core;
}

double nameScore(const QString &wanted, const QString &candidate)
{
    const double shorter = qMin(candidate.size(), wanted.size());
    const double longer = qMax(candidate.size(), wanted.size());
    if (candidate == wanted)
        return 2; // the same once prefix and ending are gone
    if ((candidate.contains(wanted) || wanted.contains(candidate)) && shorter / longer >= 0.4)
        return 1 + shorter / longer;
    return TextSimilarity::ratio(wanted, candidate);
}

} // namespace

QString ValueAliases::core(const QString &name)
{
    static const QRegularExpression suffix(
        QStringLiteral("(管理局|局|委员会|委|大队|支队|中心|办公室|办|人民政府|政府|街道办事处|街道|镇|乡)$"));
    const QString text = withoutPrefix(name);
    const QString withoutSuffix = QString(text).remove(suffix);
    return withoutSuffix.size() >= 2 ? withoutSuffix : text;
}

QString ValueAliases::suggest(const QString &value, const QStringList &targets)
{
    // No body's name runs this long: a cell that does is not a name written otherwise.
    if (value.trimmed().size() > kLongestName)
        return {};
    const bool abbreviation = PinyinInitials::isAbbreviation(value);
    const QString wanted = abbreviation ? value.trimmed().toUpper() : core(value);
    if (wanted.isEmpty())
        return {};
    QString best;
    double bestScore = 0;
    bool tied = false;
    for (const QString &target : targets) {
        double score = 0;
        if (abbreviation) {
            score = abbreviationScore(wanted, target);
        } else {
            const QString candidate = core(target);
            if (candidate.isEmpty())
                continue;
            // As written, and with a short or former form read as its words (安监 → 应急管理).
            score = qMax(nameScore(wanted, candidate), nameScore(expanded(wanted), candidate));
        }
        if (score > bestScore) {
            bestScore = score;
            best = target;
            tied = false;
        } else if (score == bestScore && score > 0) {
            // Initials two bodies share (税务局 and 商务局 are both SWJ) suggest neither;
            // between a name and its short form the longer (full) one is suggested.
            tied = tied || abbreviation;
            if (target.size() > best.size())
                best = target;
        }
    }
    return bestScore >= 0.6 && !tied ? best : QString();
}
