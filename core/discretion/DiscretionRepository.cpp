#include "DiscretionRepository.h"

#include "db/Sql.h"

#include <QSqlQuery>

std::optional<DiscretionAssessment::Item> DiscretionRepository::item(const QSqlDatabase &db, const QString &idOrCode)
{
    bool numeric = false;
    const qint64 id = idOrCode.toLongLong(&numeric);
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT i.id, i.code, i.violation, COALESCE(i.min_fine_fen, 0), COALESCE(i.max_fine_fen, 0), i.red_line "
        "FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
        "WHERE i.id = ? OR i.code = ? ORDER BY (i.id = ?) DESC, l.effective_from DESC LIMIT 1"),
        {numeric ? id : -1, idOrCode, numeric ? id : -1});
    if (!q.next())
        return std::nullopt;
    return DiscretionAssessment::Item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toBool()};
}
