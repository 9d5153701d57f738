#include "DiscretionStore.h"

#include "db/Sql.h"

#include <QSqlQuery>

std::optional<DiscretionAssessment::Item> DiscretionStore::item(const QSqlDatabase &db, const QString &idOrCode, const QDate &inForceOn)
{
    bool numeric = false;
    const qint64 id = idOrCode.toLongLong(&numeric);
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT i.id, i.code, i.violation, COALESCE(i.min_fine_fen, 0), COALESCE(i.max_fine_fen, 0), i.red_line "
        "FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
        "WHERE i.id = ? OR (i.code = ? AND l.effective_from <= ?) ORDER BY (i.id = ?) DESC, l.effective_from DESC, l.id DESC LIMIT 1"),
        {numeric ? id : -1, idOrCode.trimmed(), inForceOn.toString(Qt::ISODate), numeric ? id : -1});
    if (!q.next())
        return std::nullopt;
    DiscretionAssessment::Item item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toBool(), {}};
    item.bands = givenBands(db, item.id);
    return item;
}

QList<DiscretionBands::Given> DiscretionStore::givenBands(const QSqlDatabase &db, qint64 itemId)
{
    QList<DiscretionBands::Given> bands;
    QSqlQuery b = Sql::exec(db, QStringLiteral("SELECT band, COALESCE(min_fine_fen, -1), COALESCE(max_fine_fen, -1) FROM discretion_band "
                                               "WHERE item_id = ?"),
                            {itemId});
    while (b.next())
        bands.append({b.value(0).toString(), b.value(1).toLongLong(), b.value(2).toLongLong()});
    return bands;
}

std::optional<DiscretionStore::Details> DiscretionStore::details(const QSqlDatabase &db, qint64 itemId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT i.id, i.code, i.violation, COALESCE(i.min_fine_fen, 0), COALESCE(i.max_fine_fen, 0), i.red_line, d.name, "
        "l.name, l.version, l.effective_from, i.violated_provision, i.penalty_provision, i.penalty_kinds, i.max_fine_fen IS NOT NULL "
        "FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id JOIN department d ON d.id = i.department_id "
        "WHERE i.id = ?"), {itemId});
    if (!q.next())
        return std::nullopt;
    Details d;
    d.item = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
              q.value(4).toLongLong(), q.value(5).toBool(), givenBands(db, itemId)};
    d.department = q.value(6).toString();
    d.listName = q.value(7).toString();
    d.listVersion = q.value(8).toString();
    d.effectiveFrom = q.value(9).toString();
    d.violatedProvision = q.value(10).toString();
    d.penaltyProvision = q.value(11).toString();
    d.fineRangeGiven = q.value(13).toBool();
    d.penaltyKinds = q.value(12).toString();
    QSqlQuery b = Sql::exec(db, QStringLiteral(
        "SELECT band, conditions, COALESCE(min_fine_fen, -1), COALESCE(max_fine_fen, -1) FROM discretion_band WHERE item_id = ? "
        "ORDER BY CASE band WHEN 'no_penalty' THEN 0 WHEN 'reduced' THEN 1 WHEN 'lighter' THEN 2 WHEN 'standard' THEN 3 ELSE 4 END"),
        {itemId});
    while (b.next())
        d.bands.append({b.value(0).toString(), b.value(1).toString(), b.value(2).toLongLong(), b.value(3).toLongLong()});
    return d;
}

QList<DiscretionStore::Department> DiscretionStore::departments(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT d.id, d.name FROM department d WHERE EXISTS (SELECT 1 FROM discretion_item i WHERE i.department_id = d.id) "
        "ORDER BY d.code"));
    QList<Department> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}
