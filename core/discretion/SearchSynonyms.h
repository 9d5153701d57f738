#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Everyday words and how benchmark lists word the same thing: 无证 is written
// 未取得…许可, 未经许可 or 未办理…登记 in the lists; 超标 is 超过…标准. The table is data
// (resources/discretion/synonyms.json, or a county's own discretion/synonyms.json beside
// its database); … in a pattern stands for any text between its parts.
class SearchSynonyms final
{
    Q_DECLARE_TR_FUNCTIONS(SearchSynonyms)

public:
    static SearchSynonyms builtIn();
    // The county's own table when there is one beside the database, else the built-in one.
    static SearchSynonyms forDatabase(const QString &databasePath);
    // Throws Refusal naming the file and what is wrong.
    static SearchSynonyms parse(const QByteArray &json, const QString &source);

    // The patterns the typed text also stands for: each word of the table found in the
    // text, replaced by each of its patterns. Empty when no word applies.
    QStringList expansions(const QString &text) const;
    // A pattern as a LIKE pattern (… becomes %), for SQL with ESCAPE '\'.
    static QString likePattern(const QString &pattern);
    // The literal parts of a pattern, for marking matches.
    static QStringList parts(const QString &pattern);

private:
    QHash<QString, QStringList> m_synonyms;
};
