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
// match is confident when its provision (down to the paragraph and item both name) is
// the case's, its wording alike and clearly ahead of the next candidate's; otherwise the
// best candidates are offered for a person to choose.
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

    // "law#article#paragraph#item" for every provision a text cites (0 for a paragraph
    // or item it does not name), the law named by its nearest 《…》 before it
    // (《中华人民共和国消防法》 and 《消防法》 are one law): 《消防法》第六十条第一款第三项 →
    // 消防法#60#1#3.
    static QSet<QString> citations(const QString &text);
    // Whether two texts cite one provision: the same article of the same law, and no
    // paragraph or item that both name and that differs.
    static bool sameProvision(const QSet<QString> &a, const QSet<QString> &b);
    // 一百二十六 → 126; -1 when not a number.
    static int chineseNumber(const QString &text);
};
