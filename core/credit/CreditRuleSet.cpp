#include "CreditRuleSet.h"

#include "util/Refusal.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Reads one JSON object, remembering the key path for messages and refusing keys
// it does not know (a typo in a rule file must not pass silently).
// What each key is called on the rule form, so that a refusal names the field the user sees.
QString keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("CreditRuleSet", "Version")},
        {QStringLiteral("effectiveFrom"), QT_TRANSLATE_NOOP("CreditRuleSet", "Effective from")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("CreditRuleSet", "Title")},
        {QStringLiteral("basePoints"), QT_TRANSLATE_NOOP("CreditRuleSet", "Base points")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("CreditRuleSet", "Events")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CreditRuleSet", "Name")},
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("CreditRuleSet", "Points")},
        {QStringLiteral("yearlyCap"), QT_TRANSLATE_NOOP("CreditRuleSet", "Yearly cap")},
        {QStringLiteral("publicity"), QT_TRANSLATE_NOOP("CreditRuleSet", "Publicity class")},
        {QStringLiteral("penalty"), QT_TRANSLATE_NOOP("CreditRuleSet", "Counts as a penalty")},
        {QStringLiteral("redLine"), QT_TRANSLATE_NOOP("CreditRuleSet", "Red line")},
        {QStringLiteral("article"), QT_TRANSLATE_NOOP("CreditRuleSet", "Article")},
        {QStringLiteral("minMonths"), QT_TRANSLATE_NOOP("CreditRuleSet", "Repair after (months)")},
        {QStringLiteral("maxMonths"), QT_TRANSLATE_NOOP("CreditRuleSet", "Counts for (months)")},
        {QStringLiteral("tiers"), QT_TRANSLATE_NOOP("CreditRuleSet", "Tier thresholds")},
        {QStringLiteral("sampling"), QT_TRANSLATE_NOOP("CreditRuleSet", "Sampling (%)")},
        {QStringLiteral("forcedTier"), QT_TRANSLATE_NOOP("CreditRuleSet", "Forced tier")},
        {QStringLiteral("months"), QT_TRANSLATE_NOOP("CreditRuleSet", "Months")},
        {QStringLiteral("list"), QT_TRANSLATE_NOOP("CreditRuleSet", "Red-line list")},
        {QStringLiteral("sandbox"), QT_TRANSLATE_NOOP("CreditRuleSet", "Sandbox")},
        {QStringLiteral("minScore"), QT_TRANSLATE_NOOP("CreditRuleSet", "Lowest score")},
        {QStringLiteral("penaltyFreeMonths"), QT_TRANSLATE_NOOP("CreditRuleSet", "Months without a penalty")},
        {QStringLiteral("redLineFreeMonths"), QT_TRANSLATE_NOOP("CreditRuleSet", "Months after a red line")},
        {QStringLiteral("excludedIndustries"), QT_TRANSLATE_NOOP("CreditRuleSet", "Excluded industries")},
    };
    const char *label = labels.value(key);
    return label ? CreditRuleSet::tr(label) : key;
}

class Reader
{
public:
    Reader(const QJsonObject &object, QString path, const QString &source, QString shown = QString())
        : m_object(object), m_path(std::move(path)), m_source(source), m_shown(std::move(shown)) {}

    // "Events › 一般处罚 › Publicity class", then the key itself for the JSON editor.
    [[noreturn]] void fail(const QString &key, const QString &what) const
    {
        const QString shown = m_shown.isEmpty() ? keyLabel(key) : m_shown + QStringLiteral(" › ") + keyLabel(key);
        throw Refusal(CreditRuleSet::tr("Credit rules %1: “%2” (%3) %4").arg(m_source, shown, keyPath(key), what));
    }
    QString keyPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    void allowOnly(const QStringList &keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(it.key(), CreditRuleSet::tr("is not a known setting."));
        }
    }
    const QJsonValue value(const QString &key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (required && v.isUndefined())
            fail(key, CreditRuleSet::tr("is missing."));
        return v;
    }
    int integer(const QString &key, bool required, int fallback, int min, int max) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            fail(key, CreditRuleSet::tr("must be a whole number from %1 to %2.").arg(min).arg(max));
        return int(d);
    }
    QString text(const QString &key, bool required) const
    {
        const QJsonValue v = value(key, required);
        if (!v.isUndefined() && !v.isString())
            fail(key, CreditRuleSet::tr("must be text."));
        return v.toString();
    }
    bool flag(const QString &key) const
    {
        const QJsonValue v = value(key, false);
        if (!v.isUndefined() && !v.isBool())
            fail(key, CreditRuleSet::tr("must be true or false."));
        return v.toBool();
    }
    QStringList strings(const QString &key, bool required) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key, CreditRuleSet::tr("must be a list of texts."));
        QStringList list;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                fail(key, CreditRuleSet::tr("must be a list of texts."));
            list.append(item.toString());
        }
        return list;
    }
    Reader object(const QString &key) const
    {
        const QJsonValue v = value(key, true);
        if (!v.isObject())
            fail(key, CreditRuleSet::tr("must be an object."));
        // An event or publicity class is shown by its name, the others by their label.
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        const QString label = m_path == u"events" || m_path == u"publicity" ? (name.isEmpty() ? key : name) : keyLabel(key);
        return Reader(v.toObject(), keyPath(key), m_source, m_shown.isEmpty() ? label : m_shown + QStringLiteral(" › ") + label);
    }
    QStringList keys() const { return m_object.keys(); }

private:
    QJsonObject m_object;
    QString m_path;
    const QString &m_source;
    QString m_shown;
};

const int kPointsLimit = 1000;

} // namespace

QString CreditRuleSet::tierFor(int score) const
{
    if (score >= tierA)
        return QStringLiteral("A");
    if (score >= tierB)
        return QStringLiteral("B");
    if (score >= tierC)
        return QStringLiteral("C");
    return QStringLiteral("D");
}

const CreditRuleSet::EventRule *CreditRuleSet::rule(const QString &kind) const
{
    const auto it = events.constFind(kind);
    return it == events.constEnd() ? nullptr : &it.value();
}

QByteArray CreditRuleSet::defaultJson()
{
    QFile file(QStringLiteral(":/faircheck/credit/rules-v1.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CreditRuleSet CreditRuleSet::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        throw Refusal(tr("Credit rules %1: not valid JSON at line %2 (%3).").arg(source).arg(line).arg(error.errorString()));
    }
    const Reader root(doc.object(), QString(), source);
    root.allowOnly({QStringLiteral("version"), QStringLiteral("effectiveFrom"), QStringLiteral("title"),
                    QStringLiteral("basePoints"), QStringLiteral("events"), QStringLiteral("publicity"),
                    QStringLiteral("tiers"), QStringLiteral("sampling"), QStringLiteral("redLine"), QStringLiteral("sandbox")});
    CreditRuleSet rules;
    rules.version = root.integer(QStringLiteral("version"), true, 0, 1, 1000000);
    rules.effectiveFrom = QDate::fromString(root.text(QStringLiteral("effectiveFrom"), true), Qt::ISODate);
    if (!rules.effectiveFrom.isValid())
        root.fail(QStringLiteral("effectiveFrom"), tr("must be a date like 2025-01-01."));
    rules.title = root.text(QStringLiteral("title"), false);
    rules.basePoints = root.integer(QStringLiteral("basePoints"), true, 100, 0, kPointsLimit);

    const Reader publicity = root.object(QStringLiteral("publicity"));
    for (const QString &name : publicity.keys()) {
        const Reader p = publicity.object(name);
        p.allowOnly({QStringLiteral("name"), QStringLiteral("minMonths"), QStringLiteral("maxMonths")});
        PublicityClass c{p.text(QStringLiteral("name"), false), p.integer(QStringLiteral("minMonths"), true, 0, 0, 120),
                         p.integer(QStringLiteral("maxMonths"), true, 0, 0, 120)};
        if (c.maxMonths < c.minMonths)
            p.fail(QStringLiteral("maxMonths"), tr("must not be less than “%1”.").arg(keyLabel(QStringLiteral("minMonths"))));
        rules.publicity.insert(name, c);
    }

    const Reader events = root.object(QStringLiteral("events"));
    if (events.keys().isEmpty())
        root.fail(QStringLiteral("events"), tr("must list at least one kind of event."));
    for (const QString &kind : events.keys()) {
        const Reader e = events.object(kind);
        e.allowOnly({QStringLiteral("name"), QStringLiteral("points"), QStringLiteral("yearlyCap"), QStringLiteral("publicity"),
                     QStringLiteral("penalty"), QStringLiteral("redLine"), QStringLiteral("article")});
        EventRule rule;
        rule.kind = kind;
        rule.name = e.text(QStringLiteral("name"), true);
        rule.points = e.integer(QStringLiteral("points"), true, 0, -kPointsLimit, kPointsLimit);
        rule.yearlyCap = e.integer(QStringLiteral("yearlyCap"), false, 0, 0, kPointsLimit);
        rule.publicityClass = e.text(QStringLiteral("publicity"), false);
        rule.penalty = e.flag(QStringLiteral("penalty"));
        rule.redLine = e.flag(QStringLiteral("redLine"));
        rule.article = e.text(QStringLiteral("article"), false);
        if (rule.yearlyCap > 0 && rule.points <= 0)
            e.fail(QStringLiteral("yearlyCap"), tr("applies only to events that add points."));
        if (rule.points < 0 && rule.publicityClass.isEmpty())
            e.fail(QStringLiteral("publicity"), tr("is required for events that subtract points."));
        if (!rule.publicityClass.isEmpty() && !rules.publicity.contains(rule.publicityClass))
            e.fail(QStringLiteral("publicity"), tr("names “%1”, which is not defined under “publicity”.").arg(rule.publicityClass));
        rules.events.insert(kind, rule);
    }

    const Reader tiers = root.object(QStringLiteral("tiers"));
    tiers.allowOnly({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    rules.tierA = tiers.integer(QStringLiteral("A"), true, 0, -kPointsLimit, kPointsLimit);
    rules.tierB = tiers.integer(QStringLiteral("B"), true, 0, -kPointsLimit, kPointsLimit);
    rules.tierC = tiers.integer(QStringLiteral("C"), true, 0, -kPointsLimit, kPointsLimit);
    if (!(rules.tierA > rules.tierB && rules.tierB > rules.tierC))
        tiers.fail(QStringLiteral("B"), tr("must lie below A and above C."));

    const Reader sampling = root.object(QStringLiteral("sampling"));
    sampling.allowOnly({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    for (const QString &tier : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        rules.samplingPercent.insert(tier, sampling.integer(tier, true, 0, 0, 100));

    const Reader redLine = root.object(QStringLiteral("redLine"));
    redLine.allowOnly({QStringLiteral("forcedTier"), QStringLiteral("months"), QStringLiteral("list")});
    rules.redLineTier = redLine.text(QStringLiteral("forcedTier"), true);
    if (!QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}.contains(rules.redLineTier))
        redLine.fail(QStringLiteral("forcedTier"), tr("must be one of A, B, C, D."));
    rules.redLineMonths = redLine.integer(QStringLiteral("months"), true, 12, 0, 120);
    rules.redLineList = redLine.strings(QStringLiteral("list"), false);

    const Reader sandbox = root.object(QStringLiteral("sandbox"));
    sandbox.allowOnly({QStringLiteral("minScore"), QStringLiteral("penaltyFreeMonths"), QStringLiteral("redLineFreeMonths"),
                       QStringLiteral("excludedIndustries")});
    rules.sandboxMinScore = sandbox.integer(QStringLiteral("minScore"), true, 105, -kPointsLimit, kPointsLimit);
    rules.sandboxPenaltyFreeMonths = sandbox.integer(QStringLiteral("penaltyFreeMonths"), true, 24, 0, 240);
    rules.sandboxRedLineFreeMonths = sandbox.integer(QStringLiteral("redLineFreeMonths"), false, 36, 0, 240);
    rules.excludedIndustries = sandbox.strings(QStringLiteral("excludedIndustries"), false);
    return rules;
}
