#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Other ways the county's files write what the register already knows: "市场监管局"
// for 清溪县市场监督管理局, "城关" for 城关镇, "感谢" for a 12345 category. A user confirms
// a mapping once (remembered, audited) or for one import; every import then reads the
// value as its target. Suggestions come from the names themselves: the county's prefix
// and the usual endings ignored, then the closest by shared characters, or for a value
// in Latin letters by pinyin initials ("SCJGJ").
class ValueAliases final
{
    Q_DECLARE_TR_FUNCTIONS(ValueAliases)

public:
    struct Alias
    {
        QString kind;   // department, township, category, industry
        QString value;  // as files write it
        QString target; // as the register names it
    };

    // The longest value an alias takes, and a suggestion is made for.
    static constexpr int kLongestName = 60;

    static QStringList kinds();
    // A kind as the reader's language names it ("部门" for department).
    static QString kindName(const QString &kind);
    // The remembered aliases of one kind: value → target.
    static QHash<QString, QString> load(const QSqlDatabase &db, const QString &kind);
    static QList<Alias> list(const QSqlDatabase &db);
    // Whether value → target may be read or remembered: one line of at most kLongestName
    // characters that is not itself a name, pointing to a name the register knows.
    // Throws Refusal naming what is wrong.
    static void check(const QSqlDatabase &db, const QString &kind, const QString &value, const QString &target);
    // Remembers (or changes) one; the target must be a name the register knows.
    // Throws Refusal naming what is wrong. Returns the target it replaced, if any.
    static QString add(const QSqlDatabase &db, const QString &kind, const QString &value, const QString &target);
    static void remove(const QSqlDatabase &db, const QString &kind, const QString &value);
    // The names a value of this kind may map to (full names, then short ones).
    static QStringList targets(const QSqlDatabase &db, const QString &kind);

    // The name stripped of what varies between files: spaces, the county's or city's
    // prefix (清溪县, 某某市), the body's ending (局, 委员会, 大队, 镇, 街道 …).
    static QString core(const QString &name);
    // The closest of `targets` to `value`, or empty when none is close enough.
    static QString suggest(const QString &value, const QStringList &targets);
};
