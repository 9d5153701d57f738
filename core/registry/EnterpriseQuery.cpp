#include "EnterpriseQuery.h"

#include "db/Sql.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

#include <QStringList>

namespace {

// Something that could be the start of a USCC: searched by prefix on the index.
bool looksLikeUsccPrefix(const QString &code)
{
    if (code.size() < 2 || code.size() > Uscc::Length || !code.at(0).isDigit())
        return false;
    for (const QChar c : code) {
        if (!Uscc::alphabet().contains(c))
            return false;
    }
    return true;
}

} // namespace

QString EnterpriseQuery::whereClause(QVariantList *binds) const
{
    QStringList conditions;
    const QString trimmed = TextNormalizer::toHalfWidth(text).trimmed();
    if (!trimmed.isEmpty()) {
        const QString code = TextNormalizer::code(trimmed);
        if (looksLikeUsccPrefix(code)) {
            // A range on the unique index; '~' sorts after every USCC character.
            conditions.append(QStringLiteral("uscc >= ? AND uscc < ?"));
            binds->append(code);
            binds->append(QString(code + QLatin1Char('~')));
        } else {
            conditions.append(QStringLiteral("name LIKE ? ESCAPE '\\'"));
            binds->append(QString(QLatin1Char('%') + Sql::escapeLike(trimmed) + QLatin1Char('%')));
        }
    }
    if (townshipId > 0) {
        conditions.append(QStringLiteral("township_id = ?"));
        binds->append(townshipId);
    }
    if (!industryCode.isEmpty()) {
        conditions.append(QStringLiteral("industry_code = ?"));
        binds->append(industryCode);
    }
    if (tier == u"-") {
        conditions.append(QStringLiteral("credit_tier IS NULL"));
    } else if (!tier.isEmpty()) {
        conditions.append(QStringLiteral("credit_tier = ?"));
        binds->append(tier);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString EnterpriseQuery::orderClause(const QString &prefix) const
{
    static const char *const columns[ColumnCount] = {"uscc", "name", "township_id", "industry_code",
                                                     "registration_date", "status", "credit_score", "credit_tier"};
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = QStringLiteral(" ORDER BY ") + prefix + QString::fromLatin1(columns[sortColumn]) + direction;
    if (sortColumn == Uscc) // unique already
        return order;
    // Grouping columns sort by name within the group, as their indexes do.
    if (sortColumn == Township || sortColumn == Industry || sortColumn == Status || sortColumn == Tier)
        order += QStringLiteral(", ") + prefix + QStringLiteral("name") + direction;
    return order + QStringLiteral(", ") + prefix + QStringLiteral("id") + direction;
}

bool EnterpriseQuery::operator==(const EnterpriseQuery &other) const
{
    return text == other.text && townshipId == other.townshipId && industryCode == other.industryCode
        && tier == other.tier && sortColumn == other.sortColumn && descending == other.descending;
}
