#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// Which benchmark item a published case was decided under, from what the record says:
// the provisions it cites (处罚依据, "《食品安全法》第一百二十六条第一款") against each item's
// penalty and violated provisions, and the wording of its violation against the item's.
// Only the case's department's items in force on its decision date are candidates. A
// match is confident when one item alone cites the same article of the same law and
// reads alike; otherwise the best candidates are offered for a person to choose.
class CaseItemMatcher final
{
public:
    struct Candidate
    {
        QString code;
        QString violation;
        QString provisions; // violated and penalty provisions
    };
    struct Match
    {
        QString code;
        QString violation;
        double score = 0;       // 0–1
        bool sameArticle = false;
    };

    static QList<Candidate> candidates(const QSqlDatabase &db, qint64 departmentId, const QDate &decided);
    static QList<Match> rank(const QList<Candidate> &candidates, const QString &basis, const QString &violation);
    static bool confident(const QList<Match> &ranked);

    // "law#article" for every article a text cites, the law named by its nearest 《…》
    // before it (《中华人民共和国食品安全法》 and 《食品安全法》 are one law).
    static QSet<QString> articles(const QString &text);
    // 一百二十六 → 126; -1 when not a number.
    static int chineseNumber(const QString &text);
};
