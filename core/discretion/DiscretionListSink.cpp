#include "DiscretionListSink.h"

#include "util/Refusal.h"
#include "db/Sql.h"

#include <QDate>
#include <QSqlQuery>

namespace {

const char *const kItemFields[] = {"department", "violation", "violated_provision", "penalty_provision", "penalty_kinds",
                                   "min_fine", "max_fine", "red_line"};

qint64 fenOr(const QString &value, qint64 fallback) { return value.isEmpty() ? fallback : value.toLongLong(); }

} // namespace

DiscretionListSink::ListVersion DiscretionListSink::fromParameters(const QHash<QString, QString> &parameters)
{
    return {parameters.value(QStringLiteral("list")).trimmed(), parameters.value(QStringLiteral("version")).trimmed(),
            parameters.value(QStringLiteral("effective_from")).trimmed(),
            parameters.value(QStringLiteral("list_kind"), QStringLiteral("benchmark")).trimmed()};
}

DiscretionListSink::DiscretionListSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report, const ListVersion &list)
    : RecordSink(db, kind, report)
{
    if (list.name.isEmpty() || list.version.isEmpty())
        throw Refusal(tr("A discretion list needs its name and version number."));
    if (!QDate::fromString(list.effectiveFrom, Qt::ISODate).isValid())
        throw Refusal(tr("The list's effective date %1 is not a date (YYYY-MM-DD).").arg(list.effectiveFrom));
    if (list.kind != u"benchmark" && list.kind != u"lenient")
        throw Refusal(tr("The list's kind is benchmark or lenient, not %1.").arg(list.kind));
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM discretion_list WHERE name = ? AND version = ?"), {list.name, list.version}).isValid())
        throw Refusal(tr("%1 version %2 is already in the database; versions are never overwritten, so give the "
                               "new list its own version number.").arg(list.name, list.version));
    m_listId = Sql::exec(db, QStringLiteral("INSERT INTO discretion_list (name, kind, version, effective_from) VALUES (?, ?, ?, ?)"),
                         {list.name, list.kind, list.version, list.effectiveFrom})
                   .lastInsertId().toLongLong();
}

void DiscretionListSink::write(const QStringList &fields, const Reject &reject)
{
    const QString code = value(fields, "code");
    QStringList itemFields;
    for (const char *name : kItemFields)
        itemFields.append(value(fields, name));

    auto it = m_items.find(code);
    if (it != m_items.end()) {
        // A later band of an item already read: its item columns must say the same.
        for (int i = 0; i < itemFields.size(); ++i) {
            if (itemFields.at(i) != it->itemFields.at(i)) {
                reject(QString::fromLatin1(kItemFields[i]), itemFields.at(i),
                       tr("differs from an earlier row of item %1 (%2)").arg(code, it->itemFields.at(i)));
                return;
            }
        }
    } else {
        const qint64 dept = department(fields, reject);
        if (dept == 0)
            return;
        Item item;
        item.itemFields = itemFields;
        item.minFen = fenOr(value(fields, "min_fine"), -1);
        item.maxFen = fenOr(value(fields, "max_fine"), -1);
        item.redLine = value(fields, "red_line") == u"1";
        if ((item.minFen < 0) != (item.maxFen < 0)) {
            reject(item.minFen < 0 ? QStringLiteral("min_fine") : QStringLiteral("max_fine"), {},
                   tr("give both ends of the statutory fine range, or neither"));
            return;
        }
        if (item.minFen > item.maxFen) {
            reject(QStringLiteral("max_fine"), value(fields, "max_fine"), tr("below the minimum fine"));
            return;
        }
        item.id = Sql::exec(m_db, QStringLiteral(
            "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, "
            "penalty_kinds, min_fine_fen, max_fine_fen, red_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_listId, dept, code, value(fields, "violation"), value(fields, "violated_provision"),
             value(fields, "penalty_provision"), value(fields, "penalty_kinds"),
             item.minFen < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(item.minFen),
             item.maxFen < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(item.maxFen), item.redLine ? 1 : 0})
                      .lastInsertId().toLongLong();
        it = m_items.insert(code, item);
    }

    const Item &item = *it;
    const QString band = value(fields, "band");
    const bool lenient = band == u"no_penalty" || band == u"reduced" || band == u"lighter";
    if (item.redLine && lenient) {
        reject(QStringLiteral("band"), band, tr("a red-line item takes no lenient band (no penalty, reduced, lighter)"));
        return;
    }
    const qint64 low = fenOr(value(fields, "band_min"), -1);
    const qint64 high = fenOr(value(fields, "band_max"), -1);
    if (low >= 0 && high >= 0 && low > high) {
        reject(QStringLiteral("band_max"), value(fields, "band_max"), tr("below the band's minimum"));
        return;
    }
    if (band == u"no_penalty" && (low > 0 || high > 0)) {
        reject(QStringLiteral("band_max"), value(fields, "band_max"), tr("a no-penalty band has no fine"));
        return;
    }
    if (item.minFen >= 0 && band != u"no_penalty") {
        // Reduced lies below the statutory minimum; the other bands inside the range.
        const qint64 floor = band == u"reduced" ? 0 : item.minFen;
        const qint64 ceiling = band == u"reduced" ? item.minFen : item.maxFen;
        if (low >= 0 && (low < floor || low > ceiling)) {
            reject(QStringLiteral("band_min"), value(fields, "band_min"), tr("outside the statutory range allowed for this band"));
            return;
        }
        if (high >= 0 && (high < floor || high > ceiling)) {
            reject(QStringLiteral("band_max"), value(fields, "band_max"), tr("outside the statutory range allowed for this band"));
            return;
        }
    }
    Sql::exec(m_db, QStringLiteral("INSERT INTO discretion_band (item_id, band, conditions, min_fine_fen, max_fine_fen) VALUES (?, ?, ?, ?, ?)"),
              {item.id, band, value(fields, "conditions"),
               low < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(low),
               high < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(high)});
    ++m_report.inserted;
}
