#include "DiscretionSearch.h"

#include "SearchSynonyms.h"
#include "db/FullTextSearch.h"
#include "db/Sql.h"
#include "validation/TextNormalizer.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr int kRankedMatches = 300;

QString mark(QString text, const QString &needle)
{
    if (needle.isEmpty())
        return text;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size() + 2, Qt::CaseInsensitive)) {
        text.insert(at + needle.size(), QStringLiteral("】"));
        text.insert(at, QStringLiteral("【"));
    }
    return text;
}

} // namespace

QStringList DiscretionSearch::alsoSearched(const QSqlDatabase &db, const QString &rawText)
{
    return SearchSynonyms::forDatabase(db.databaseName()).expansions(TextNormalizer::toHalfWidth(rawText).simplified());
}

QList<DiscretionSearch::Hit> DiscretionSearch::search(const QSqlDatabase &db, const QString &text, const Filter &filter)
{
    QList<Hit> hits = direct(db, text, filter);
    const QStringList patterns = alsoSearched(db, text);
    if (patterns.isEmpty() || hits.size() >= filter.limit)
        return hits;
    for (const Hit &h : bySynonyms(db, patterns, filter, filter.limit)) {
        if (hits.size() >= filter.limit)
            break;
        if (std::none_of(hits.cbegin(), hits.cend(), [&](const Hit &seen) { return seen.id == h.id; }))
            hits.append(h);
    }
    return hits;
}

QList<DiscretionSearch::Hit> DiscretionSearch::bySynonyms(const QSqlDatabase &db, const QStringList &patterns, const Filter &filter, int limit)
{
    QStringList alternatives;
    QVariantList binds;
    for (const QString &pattern : patterns) {
        alternatives.append(QStringLiteral("i.violation LIKE ? ESCAPE '\\'"));
        binds.append(SearchSynonyms::likePattern(pattern));
    }
    QString sql = QStringLiteral("SELECT i.id, i.code, d.name, i.violation, i.violated_provision || ' ' || i.penalty_provision, i.red_line "
                                 "FROM discretion_item i JOIN department d ON d.id = i.department_id WHERE (%1)")
                      .arg(alternatives.join(QStringLiteral(" OR ")));
    // The same version and filters as the direct search.
    const QDate asOf = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
    if (!filter.includeSuperseded) {
        sql += QStringLiteral(" AND i.list_id NOT IN (SELECT l.id FROM discretion_list l WHERE EXISTS (SELECT 1 FROM discretion_list n "
                              "WHERE n.name = l.name AND n.id <> l.id AND n.effective_from <= ? AND (l.effective_from > ? "
                              "OR n.effective_from > l.effective_from OR (n.effective_from = l.effective_from AND n.id > l.id))))");
        binds << asOf.toString(Qt::ISODate) << asOf.toString(Qt::ISODate);
    }
    if (filter.departmentId > 0) {
        sql += QStringLiteral(" AND i.department_id = ?");
        binds.append(filter.departmentId);
    }
    if (filter.redLine >= 0) {
        sql += QStringLiteral(" AND i.red_line = ?");
        binds.append(filter.redLine);
    }
    if (!filter.band.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM discretion_band b WHERE b.item_id = i.id AND b.band = ?)");
        binds.append(filter.band);
    }
    sql += QStringLiteral(" ORDER BY i.id LIMIT ?");
    binds.append(limit);
    QSqlQuery q = Sql::exec(db, sql, binds);
    QList<Hit> hits;
    while (q.next()) {
        Hit h{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
              q.value(5).toBool()};
        for (const QString &pattern : patterns) {
            for (const QString &part : SearchSynonyms::parts(pattern))
                h.violation = mark(h.violation, part);
        }
        hits.append(h);
    }
    return hits;
}

QList<DiscretionSearch::Hit> DiscretionSearch::direct(const QSqlDatabase &db, const QString &rawText, const Filter &filter)
{
    const QString text = TextNormalizer::toHalfWidth(rawText).simplified();
    QString filters;
    QVariantList binds;
    const bool fts = text.size() >= 3;
    if (fts) {
        // One quoted phrase: the user's text is matched literally, never as FTS syntax.
        binds.append(QString(QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')));
    } else if (!text.isEmpty()) {
        filters += QStringLiteral(" AND (i.violation LIKE ?1 ESCAPE '\\' OR i.violated_provision LIKE ?1 ESCAPE '\\' "
                                  "OR i.penalty_provision LIKE ?1 ESCAPE '\\' OR i.department_id IN (SELECT id FROM department "
                                  "WHERE name LIKE ?1 ESCAPE '\\' OR short_name LIKE ?1 ESCAPE '\\'))");
    }
    QStringList superseded;
    if (!filter.includeSuperseded) {
        const QDate asOf = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
        QSqlQuery old = Sql::exec(db, QStringLiteral(
            "SELECT l.id FROM discretion_list l WHERE EXISTS (SELECT 1 FROM discretion_list n WHERE n.name = l.name "
            "AND n.id <> l.id AND n.effective_from <= ? AND (l.effective_from > ? OR n.effective_from > l.effective_from "
            "OR (n.effective_from = l.effective_from AND n.id > l.id)))"),
            {asOf.toString(Qt::ISODate), asOf.toString(Qt::ISODate)});
        while (old.next())
            superseded.append(QString::number(old.value(0).toLongLong()));
    }
    const bool filtered = filter.departmentId > 0 || filter.redLine >= 0 || !filter.band.isEmpty() || !superseded.isEmpty();
    if (fts && !filtered) {
        auto read = [](QSqlQuery &q, QList<Hit> &hits) {
            while (q.next())
                hits.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toBool()});
        };
        // Ranking scores every match before the cut: fine for a few hundred, too slow for a
        // broad phrase matching thousands. Counting is cheap, so count
        // first; a broad phrase lists matches in the violation text first, then the rest,
        // each in list order (every one of them contains the whole phrase anyway).
        const QString table = QStringLiteral("discretion_search");
        const QString marked = FullTextSearch::highlighted(table, 0, QStringLiteral("【"), QStringLiteral("】"));
        const int total = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM discretion_search WHERE ") + FullTextSearch::matches(table),
                                      {binds.first()}).toInt();
        const QString columns = QStringLiteral(
            "SELECT i.id, i.code, d.name, s.marked, i.violated_provision || ' ' || i.penalty_provision, i.red_line FROM ");
        const QString joins = QStringLiteral(" JOIN discretion_item i ON i.id = s.item JOIN department d ON d.id = i.department_id ");
        QList<Hit> hits;
        if (total <= kRankedMatches) {
            // Let FTS5 rank and cut first (its own ORDER BY rank is optimised), then join.
            QSqlQuery q = Sql::exec(db, columns + QStringLiteral(
                "(SELECT rowid AS item, %1 AS marked, %2 FROM discretion_search WHERE %3 ORDER BY %2 LIMIT ?) s")
                .arg(marked, FullTextSearch::relevance(), FullTextSearch::matches(table)) + joins + QStringLiteral("ORDER BY s.")
                + FullTextSearch::relevance(),
                {binds.first(), filter.limit});
            read(q, hits);
            return hits;
        }
        QSqlQuery inViolation = Sql::exec(db, columns + QStringLiteral(
            "(SELECT rowid AS item, %1 AS marked FROM discretion_search WHERE %2 LIMIT ?) s").arg(marked, FullTextSearch::matches(table)) + joins,
            {FullTextSearch::inColumns({QStringLiteral("violation")}, binds.first().toString()), filter.limit});
        read(inViolation, hits);
        if (hits.size() < filter.limit) {
            QSqlQuery elsewhere = Sql::exec(db, columns + QStringLiteral(
                "(SELECT rowid AS item, violation AS marked FROM discretion_search WHERE %1 LIMIT ?) s").arg(FullTextSearch::matches(table))
                + joins, {FullTextSearch::inColumns({QStringLiteral("provisions"), QStringLiteral("department")}, binds.first().toString(),
                                                    QStringLiteral("violation")),
                          filter.limit - hits.size()});
            read(elsewhere, hits);
        }
        return hits;
    }
    const QString table = QStringLiteral("discretion_search");
    QString sql = fts ? QStringLiteral(
                            "SELECT i.id, i.code, d.name, %1, "
                            "       i.violated_provision || ' ' || i.penalty_provision, i.red_line "
                            "FROM discretion_search s JOIN discretion_item i ON i.id = s.rowid "
                            "JOIN department d ON d.id = i.department_id WHERE %2")
                            .arg(FullTextSearch::highlighted(table, 0, QStringLiteral("【"), QStringLiteral("】")), FullTextSearch::matches(table))
                      : QStringLiteral(
                            "SELECT i.id, i.code, d.name, i.violation, i.violated_provision || ' ' || i.penalty_provision, "
                            "       i.red_line FROM discretion_item i JOIN department d ON d.id = i.department_id WHERE 1 = 1");
    if (!fts && !text.isEmpty()) {
        sql += filters.replace(QStringLiteral("?1"), QStringLiteral("?"));
        const QString pattern = QLatin1Char('%') + Sql::escapeLike(text) + QLatin1Char('%');
        for (int i = 0; i < 5; ++i)
            binds.append(pattern);
    }
    if (!superseded.isEmpty())
        sql += QStringLiteral(" AND i.list_id NOT IN (%1)").arg(superseded.join(u','));
    if (filter.departmentId > 0) {
        sql += QStringLiteral(" AND i.department_id = ?");
        binds.append(filter.departmentId);
    }
    if (filter.redLine >= 0) {
        sql += QStringLiteral(" AND i.red_line = ?");
        binds.append(filter.redLine);
    }
    if (!filter.band.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM discretion_band b WHERE b.item_id = i.id AND b.band = ?)");
        binds.append(filter.band);
    }
    // Short queries list in the list's own order, so a common character stops at the
    // first page of matches instead of sorting them all.
    sql += fts ? QStringLiteral(" ORDER BY s.%1 LIMIT ?").arg(FullTextSearch::relevance()) : QStringLiteral(" ORDER BY i.id LIMIT ?");
    binds.append(filter.limit);
    QSqlQuery q = Sql::exec(db, sql, binds);
    QList<Hit> hits;
    while (q.next()) {
        Hit h{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
              q.value(4).toString(), q.value(5).toBool()};
        if (!fts)
            h.violation = mark(h.violation, text);
        hits.append(h);
    }
    return hits;
}

QList<DiscretionSearch::Hit> DiscretionSearch::search(const QSqlDatabase &db, const QString &text)
{
    return search(db, text, Filter());
}
