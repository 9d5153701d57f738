#include "DemoContext.h"

#include "db/Sql.h"
#include "validation/ResidentId.h"

DemoContext::DemoContext(QSqlDatabase db, DemoOptions options, DemoCatalog catalog)
    : m_db(std::move(db))
    , m_options(std::move(options))
    , m_catalog(std::move(catalog))
{
    if (!m_options.asOf.isValid())
        m_options.asOf = QDate::currentDate();
}

SeededRandom DemoContext::stream(quint64 module) const
{
    SeededRandom mixer(m_options.seed ^ (module * 0xD1B54A32D192ED03ULL));
    return SeededRandom(mixer.next());
}

qint64 DemoContext::insert(const QString &table, const QStringList &columns, const QVariantList &values)
{
    const QString key = table + QLatin1Char(':') + columns.join(u',');
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        it = m_statements.emplace(key, Sql::prepare(m_db, sql)).first;
    }
    Sql::run(it->second, values);
    ++m_rowsWritten;
    return it->second.lastInsertId().toLongLong();
}

QDate DemoContext::historyStart() const
{
    const QDate monthStart(m_options.asOf.year(), m_options.asOf.month(), 1);
    return monthStart.addMonths(-(m_options.months - 1));
}

QString DemoContext::personName(SeededRandom &rng) const
{
    return rng.pick(m_catalog.surnames) + rng.pick(m_catalog.givenNames);
}

QString DemoContext::mobile(SeededRandom &rng) const
{
    static const char *const prefixes[] = {"133", "135", "137", "138", "139", "150", "152", "158", "177", "181", "189", "199"};
    QString number = QString::fromLatin1(prefixes[rng.bounded(12)]);
    for (int i = 0; i < 8; ++i)
        number += QChar(char16_t(u'0' + rng.bounded(10)));
    return number;
}

QString DemoContext::residentId(SeededRandom &rng) const
{
    const QDate birth = rng.dateBetween(QDate(1958, 1, 1), QDate(2000, 12, 31));
    QString id = m_catalog.divisionCode + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    id += ResidentId::checkCharacter(QStringView(id));
    return id;
}

int DemoContext::risk(qint64 enterpriseId) const
{
    SeededRandom r(m_options.seed * 31 + quint64(enterpriseId));
    const int base = r.bounded(100);
    // Most enterprises are low risk; a tail is much riskier.
    return base < 70 ? base / 10 : base;
}
