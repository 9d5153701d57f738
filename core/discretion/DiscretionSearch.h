#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Search-as-you-type over the benchmark items: violation text, provisions and
// department. Three or more characters use the FTS5 trigram index (ranked by bm25);
// one or two characters fall back to LIKE. Matches are marked with 【】. Everyday words
// also find the lists' wording (SearchSynonyms): 无证 finds 未取得…许可; those matches
// follow the direct ones.
class DiscretionSearch final
{
public:
    struct Filter
    {
        qint64 departmentId = 0; // 0 = all
        QString band;            // items offering this band (e.g. no_penalty); empty = all
        int redLine = -1;        // -1 = all, 0 = not red-line, 1 = red-line only
        int limit = 50;
        // Only the version of each list in force on asOf (default today) is searched:
        // older versions and ones not yet in force are left out unless asked for. A list
        // with no version in force yet shows all its versions.
        bool includeSuperseded = false;
        QDate asOf;
    };
    struct Hit
    {
        qint64 id = 0;
        QString code;
        QString department;
        QString violation;    // with the matched text marked
        QString provisions;
        bool redLine = false;
    };

    static QList<Hit> search(const QSqlDatabase &db, const QString &text, const Filter &filter);
    static QList<Hit> search(const QSqlDatabase &db, const QString &text);
    // What else a search for the text looks for ("also searched: …"), as patterns.
    static QStringList alsoSearched(const QSqlDatabase &db, const QString &text);

private:
    static QList<Hit> direct(const QSqlDatabase &db, const QString &text, const Filter &filter);
    static QList<Hit> bySynonyms(const QSqlDatabase &db, const QStringList &patterns, const Filter &filter, int limit);
};
