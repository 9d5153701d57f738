#include "EnterpriseSink.h"

#include "io/ValueAliases.h"
#include "io/ValueResolver.h"
#include "db/Sql.h"

#include <QFileInfo>

namespace {

// Slots in the order of kSlotFields; township_id is resolved, not read.
enum Slot { Uscc, Name, LegalRepresentative, LegalRepresentativeId, Phone, Address, Township, IndustryCode, IndustryName,
            RegistrationDate, Status, SlotCount };
const char *const kSlotFields[SlotCount] = {"uscc", "name", "legal_representative", "legal_representative_id", "phone",
                                            "address", "township", "industry_code", "industry_name", "registration_date",
                                            "status"};
// The columns written, in the order of m_find's values after the id.
constexpr int kColumnCount = 9;
constexpr int kTownshipColumn = 5;
constexpr quint32 kAllColumns = (1u << kColumnCount) - 1; // a statement's shape: a bit per column it names
// Rows per INSERT statement: fewer statements to step, while SQLite's limit of 32,766
// parameters is far off (these need at most 320).
constexpr int kRowsPerInsert = 32;
const char *const kColumns[kColumnCount] = {"name", "legal_representative", "legal_representative_id", "phone", "address",
                                            "township_id", "industry_code", "registration_date", "status"};

} // namespace

EnterpriseSink::EnterpriseSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report)
    : m_db(db)
    , m_report(report)
    , m_find(Sql::prepare(db, QStringLiteral(
          "SELECT id, name, legal_representative, legal_representative_id, phone, address, township_id, industry_code, "
          "registration_date, status FROM enterprise WHERE uscc = ?")))
{
    const ImportKind::Field *townshipField = kind.field(QStringLiteral("township"));
    m_townshipLabel = townshipField ? townshipField->label : QStringLiteral("township");
    for (const char *field : kSlotFields) {
        int index = -1;
        for (int i = 0; i < kind.fields.size(); ++i) {
            if (kind.fields.at(i).name == QLatin1String(field))
                index = i;
        }
        m_index.append(index);
    }
    QSqlQuery columns = Sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info('enterprise') WHERE dflt_value IS NOT NULL"));
    while (columns.next()) {
        for (int i = 0; i < kColumnCount; ++i) {
            if (columns.value(0).toString() == QLatin1String(kColumns[i]))
                m_defaulted |= 1u << i;
        }
    }
    QSqlQuery t = Sql::exec(db, QStringLiteral("SELECT id, name FROM township"));
    while (t.next())
        m_townships.insert(t.value(1).toString(), t.value(0).toLongLong());
    m_knownTownships = m_townships.keys();
    QSqlQuery i = Sql::exec(db, QStringLiteral("SELECT code, name FROM industry"));
    while (i.next()) {
        m_industryCodes.insert(i.value(0).toString());
        m_industryByName.insert(i.value(1).toString(), i.value(0).toString());
    }
    // First import into an empty register: build the secondary indexes once at the
    // end instead of updating them row by row (several times faster).
    m_empty = !Sql::scalar(db, QStringLiteral("SELECT 1 FROM enterprise LIMIT 1")).isValid();
    if (m_empty) {
        // Not the indexes on the credit columns, which an import leaves empty: the
        // score's and the tier-change date's cost less kept than built again.
        QStringList written = {QStringLiteral("uscc")};
        for (const char *column : kColumns)
            written.append(QString::fromLatin1(column));
        m_deferred.emplace(db, QStringLiteral("enterprise"), DeferredIndexes::keyedOnAny(db, QStringLiteral("enterprise"), written));
        m_capture.emplace(db, QStringLiteral("enterprise"));
    }
}

void EnterpriseSink::completeRows()
{
    if (m_deferred)
        m_deferred->rebuild();
}

void EnterpriseSink::finish()
{
    if (m_capture)
        m_capture->finish({{QStringLiteral("import"), QFileInfo(m_report.file).fileName()}, {QStringLiteral("sha256"), m_report.sha256}});
}

qint64 EnterpriseSink::resolveTownship(const QString &name, const Reject &reject)
{
    if (name.isEmpty())
        return 0;
    auto it = m_townships.find(name);
    if (it == m_townships.end() && m_values) {
        // Written another way and mapped (remembered or for this run).
        const auto target = m_townships.constFind(m_values->resolve(QStringLiteral("township"), name));
        if (target != m_townships.cend())
            it = m_townships.insert(name, target.value());
    }
    if (it == m_townships.end()) {
        // A name close to a township the file already has is a variant to map, not a
        // new township; a first import creates them.
        const QString closest = ValueAliases::suggest(name, m_knownTownships);
        if (!closest.isEmpty()) {
            m_report.noteUnresolved(QStringLiteral("township"), m_townshipLabel, name, closest);
            reject(QStringLiteral("township"), name, tr("no township of this name; perhaps %1 (map the value to import)").arg(closest));
            return -1;
        }
        const qint64 count = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM township")).toLongLong();
        Sql::exec(m_db, QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"),
                  {QStringLiteral("T%1").arg(count + 1, 3, 10, QLatin1Char('0')), name});
        it = m_townships.insert(name, Sql::lastInsertId(m_db));
        m_report.created.append(tr("township %1").arg(name));
    }
    return it.value();
}

const QString *EnterpriseSink::resolveIndustry(const QString &code, const QString &name, QString *reason)
{
    if (!code.isEmpty()) {
        if (!m_industryCodes.contains(code)) {
            if (name.isEmpty()) {
                *reason = tr("unknown industry code; give the industry's name too so it can be added");
                return nullptr;
            }
            Sql::exec(m_db, QStringLiteral("INSERT INTO industry (code, name) VALUES (?, ?)"), {code, name});
            m_industryCodes.insert(code);
            m_industryByName.insert(name, code);
            m_report.created.append(tr("industry %1 %2").arg(code, name));
        }
        return &code;
    }
    if (name.isEmpty())
        return nullptr;
    const auto found = m_industryByName.constFind(name);
    if (found == m_industryByName.cend()) {
        *reason = tr("unknown industry; add a column with its code (e.g. C33)");
        return nullptr;
    }
    m_heldCodes.push_back(found.value());
    return &m_heldCodes.back();
}

SqliteStatement &EnterpriseSink::insertFor(quint32 shape, int rows)
{
    std::unique_ptr<SqliteStatement> &insert = m_inserts[quint64(rows) << 32 | shape];
    if (!insert) {
        QStringList names = {QStringLiteral("uscc")}, marks = {QStringLiteral("?")};
        for (int i = 0; i < kColumnCount; ++i) {
            if (shape & (1u << i)) {
                names.append(QString::fromLatin1(kColumns[i]));
                marks.append(QStringLiteral("?"));
            }
        }
        const QStringList all(rows, QLatin1Char('(') + marks.join(u',') + QLatin1Char(')'));
        insert = std::make_unique<SqliteStatement>(
            m_db, QStringLiteral("INSERT INTO enterprise (%1) VALUES %2").arg(names.join(u','), all.join(u',')));
    }
    return *insert;
}

void EnterpriseSink::insertPending()
{
    Pending &p = m_pending;
    if (p.rows == kRowsPerInsert) {
        insertFor(p.shape, kRowsPerInsert).runValues(p.values.data(), int(p.values.size()));
    } else if (p.rows > 0) {
        const int columns = int(p.values.size()) / p.rows;
        SqliteStatement &one = insertFor(p.shape, 1);
        for (int r = 0; r < p.rows; ++r)
            one.runValues(p.values.data() + r * columns, columns);
    }
    p.values.clear();
    p.rows = 0;
}

void EnterpriseSink::flush()
{
    insertPending();
    m_heldCodes.clear();
}

void EnterpriseSink::write(const QStringList &fields, const Reject &reject)
{
    static const QString none;
    auto value = [&](Slot slot) -> const QString & { return m_index.at(slot) >= 0 ? fields.at(m_index.at(slot)) : none; };
    QString reason;
    const QString *industry = resolveIndustry(value(IndustryCode), value(IndustryName), &reason);
    if (!reason.isEmpty()) {
        const bool byCode = !value(IndustryCode).isEmpty();
        reject(QString::fromLatin1(kSlotFields[byCode ? IndustryCode : IndustryName]), value(byCode ? IndustryCode : IndustryName),
               reason);
        return;
    }
    // The columns' values, by kColumns (an empty one is absent). Pointers, not
    // copies: a copy of a string the reading thread made touches its counter, a cache
    // line the other core holds, and that was most of this function's time.
    const qint64 township = resolveTownship(value(Township), reject);
    if (township < 0)
        return;
    const QString *values[kColumnCount] = {&value(Name), &value(LegalRepresentative), &value(LegalRepresentativeId),
                                           &value(Phone), &value(Address), nullptr, industry ? industry : &none,
                                           &value(RegistrationDate), &value(Status)};
    auto present = [&](int i) { return i == kTownshipColumn ? township > 0 : !values[i]->isEmpty(); };
    // Into an empty register every row is new (repeats in the file are caught
    // before): no need to look each one up.
    if (!m_empty)
        Sql::run(m_find, {value(Uscc)});
    if (m_empty || !m_find.next()) {
        m_find.finish();
        // Rows go in kRowsPerInsert at a time, through SQLite's C API with the text
        // bound in place (per-row QVariant binding was a third of the time of a
        // million-row import; SQLite's work per statement, opening the table and its
        // indexes and ending the statement, was as much again as its work per row).
        // A column absent from a row is bound as NULL, which is what leaving it out
        // gives, so that rows of a roster share one statement; only a column with a
        // default is left out instead, and a row with another set of those waits for
        // the rows before it to be written: ids follow the file's order.
        quint32 shape = kAllColumns & ~m_defaulted;
        for (int i = 0; i < kColumnCount; ++i) {
            if (present(i))
                shape |= 1u << i;
        }
        if (m_pending.rows > 0 && m_pending.shape != shape)
            insertPending();
        m_pending.shape = shape;
        m_pending.values.push_back({&value(Uscc), 0});
        for (int i = 0; i < kColumnCount; ++i) {
            if (!(shape & (1u << i)))
                continue;
            if (!present(i))
                m_pending.values.push_back({&none, 0}); // a null string: NULL
            else
                m_pending.values.push_back(i == kTownshipColumn ? SqliteStatement::Value{nullptr, township} : SqliteStatement::Value{values[i], 0});
        }
        if (++m_pending.rows == kRowsPerInsert)
            insertPending();
        ++m_report.inserted;
        return;
    }
    QStringList sets;
    QVariantList binds;
    for (int i = 0; i < kColumnCount; ++i) {
        if (!present(i))
            continue;
        const QVariant v = i == kTownshipColumn ? QVariant(township) : QVariant(*values[i]);
        if (v.toString() != m_find.value(i + 1).toString()) {
            sets.append(QString::fromLatin1(kColumns[i]) + QStringLiteral(" = ?"));
            binds.append(v);
        }
    }
    const qint64 id = m_find.value(0).toLongLong();
    m_find.finish();
    if (sets.isEmpty()) {
        ++m_report.unchanged;
        return;
    }
    binds.append(id);
    Sql::exec(m_db, QStringLiteral("UPDATE enterprise SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), binds);
    ++m_report.updated;
}
