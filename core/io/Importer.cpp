#include "Importer.h"

#include "FieldParser.h"
#include "HeaderMatcher.h"
#include "ImportKind.h"
#include "TableReader.h"
#include "db/AuditLog.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/ScopedCacheSize.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>
#include <map>
#include <optional>

namespace {

constexpr int kHeaderSearchRows = 20;

QString fileDigest(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QHash<QString, QString> savedMapping(const QSqlDatabase &db, const QString &kind)
{
    QHash<QString, QString> mapping;
    const QJsonObject o = QJsonDocument::fromJson(
        Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QStringLiteral("import.mapping.") + kind})
            .toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void saveMapping(const QSqlDatabase &db, const QString &kind, const HeaderMatcher::Mapping &mapping)
{
    QJsonObject o;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        o.insert(HeaderMatcher::normalize(mapping.headers.value(it.value())), it.key());
    Sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"),
              {QStringLiteral("import.mapping.") + kind, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
}

// The values of one enterprise row, by slot (a fixed array: hashing field names for
// every cell of a million rows showed up as the import's largest cost).
enum Slot { Uscc, Name, LegalRepresentative, LegalRepresentativeId, Phone, Address, Township, IndustryCode, IndustryName,
            RegistrationDate, Status, TownshipId, SlotCount };
using Values = std::array<QString, SlotCount>;

int slotOf(const QString &field)
{
    static const QStringList names = {QStringLiteral("uscc"), QStringLiteral("name"), QStringLiteral("legal_representative"),
                                      QStringLiteral("legal_representative_id"), QStringLiteral("phone"), QStringLiteral("address"),
                                      QStringLiteral("township"), QStringLiteral("industry_code"), QStringLiteral("industry_name"),
                                      QStringLiteral("registration_date"), QStringLiteral("status")};
    return int(names.indexOf(field));
}

// The enterprise register: keyed by USCC; townships and industries are looked up by
// name or code and created when the file brings new ones (reported).
class EnterpriseSink
{
public:
    EnterpriseSink(const QSqlDatabase &db, ImportReport &report, bool empty)
        : m_db(db), m_report(report), m_empty(empty)
        , m_find(Sql::prepare(db, QStringLiteral(
              "SELECT id, name, legal_representative, legal_representative_id, phone, address, township_id, industry_code, "
              "registration_date, status FROM enterprise WHERE uscc = ?")))
    {
        QSqlQuery t = Sql::exec(db, QStringLiteral("SELECT id, name FROM township"));
        while (t.next())
            m_townships.insert(t.value(1).toString(), t.value(0).toLongLong());
        QSqlQuery i = Sql::exec(db, QStringLiteral("SELECT code, name FROM industry"));
        while (i.next()) {
            m_industryCodes.insert(i.value(0).toString());
            m_industryByName.insert(i.value(1).toString(), i.value(0).toString());
        }
    }

    // values: field → parsed value (absent or empty = not given)
    QString resolveTownship(const QString &name)
    {
        if (name.isEmpty())
            return {};
        auto it = m_townships.find(name);
        if (it == m_townships.end()) {
            const qint64 count = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM township")).toLongLong();
            Sql::exec(m_db, QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"),
                      {QStringLiteral("T%1").arg(count + 1, 3, 10, QLatin1Char('0')), name});
            it = m_townships.insert(name, Sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong());
            m_report.created.append(Importer::tr("township %1").arg(name));
        }
        return QString::number(it.value());
    }

    // Returns the industry code, or an empty string with reason set.
    QString resolveIndustry(const QString &code, const QString &name, QString *reason)
    {
        if (!code.isEmpty()) {
            if (!m_industryCodes.contains(code)) {
                if (name.isEmpty()) {
                    *reason = Importer::tr("unknown industry code; give the industry's name too so it can be added");
                    return {};
                }
                Sql::exec(m_db, QStringLiteral("INSERT INTO industry (code, name) VALUES (?, ?)"), {code, name});
                m_industryCodes.insert(code);
                m_industryByName.insert(name, code);
                m_report.created.append(Importer::tr("industry %1 %2").arg(code, name));
            }
            return code;
        }
        if (name.isEmpty())
            return {};
        const QString found = m_industryByName.value(name);
        if (found.isEmpty())
            *reason = Importer::tr("unknown industry; add a column with its code (e.g. C33)");
        return found;
    }

    void write(const Values &values)
    {
        struct Column { const char *name; Slot slot; };
        static const Column columns[] = {{"name", Name}, {"legal_representative", LegalRepresentative},
                                         {"legal_representative_id", LegalRepresentativeId}, {"phone", Phone},
                                         {"address", Address}, {"township_id", TownshipId}, {"industry_code", IndustryCode},
                                         {"registration_date", RegistrationDate}, {"status", Status}};
        // Into an empty register every row is new (repeats in the file are caught
        // before): no need to look each one up.
        if (!m_empty)
            Sql::run(m_find, {values[Uscc]});
        if (m_empty || !m_find.next()) {
            m_find.finish();
            QStringList names = {QStringLiteral("uscc")};
            QVariantList binds = {values[Uscc]};
            for (const Column &c : columns) {
                if (!values[c.slot].isEmpty()) {
                    names.append(QString::fromLatin1(c.name));
                    binds.append(values[c.slot]);
                }
            }
            // One prepared statement per set of columns present: rosters repeat the same shape.
            const QString key = names.join(u',');
            auto it = m_inserts.find(key);
            if (it == m_inserts.end()) {
                QStringList marks;
                for (qsizetype i = 0; i < names.size(); ++i)
                    marks.append(QStringLiteral("?"));
                it = m_inserts.emplace(key, Sql::prepare(m_db, QStringLiteral("INSERT INTO enterprise (%1) VALUES (%2)")
                                                                  .arg(key, marks.join(u',')))).first;
            }
            Sql::run(it->second, binds);
            ++m_report.inserted;
            return;
        }
        // Only fields the file gives a value for are compared and changed.
        QStringList sets;
        QVariantList binds;
        for (int i = 0; i < int(std::size(columns)); ++i) {
            const QString &value = values[columns[i].slot];
            if (!value.isEmpty() && value != m_find.value(i + 1).toString()) {
                sets.append(QString::fromLatin1(columns[i].name) + QStringLiteral(" = ?"));
                binds.append(value);
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

private:
    QSqlDatabase m_db;
    ImportReport &m_report;
    bool m_empty;
    QSqlQuery m_find;
    std::map<QString, QSqlQuery> m_inserts; // QSqlQuery is move-only
    QHash<QString, qint64> m_townships;
    QSet<QString> m_industryCodes;
    QHash<QString, QString> m_industryByName;
};

} // namespace

ImportReport Importer::run(const QSqlDatabase &db, const QString &kindId, const QString &path, const Options &options)
{
    const ImportKind kind = ImportKind::find(kindId);
    ImportReport report;
    report.file = QFileInfo(path).absoluteFilePath();
    report.dryRun = options.dryRun;
    std::unique_ptr<TableReader> reader = TableReader::open(path, options.sheet);
    report.sha256 = fileDigest(path);
    report.encoding = reader->encoding();
    report.sheet = reader->sheetName();

    QList<TableRow> head;
    TableRow row;
    while (head.size() < kHeaderSearchRows && reader->next(row))
        head.append(row);
    const HeaderMatcher::Mapping mapping = HeaderMatcher::match(head, kind, savedMapping(db, kindId));
    if (!mapping.isValid())
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            tr("%1: no header row with the required columns was found in the first %2 rows (missing: %3).")
                                .arg(QFileInfo(path).fileName()).arg(kHeaderSearchRows)
                                .arg(mapping.missingRequired.join(QStringLiteral(", "))));
    report.headerRow = mapping.headerRow;
    report.columns = mapping.columns;

    // A big roster touches index pages all over the file; keep them in memory.
    const ScopedCacheSize cache(db, 256 * 1024);
    Transaction transaction(db);
    // First import into an empty register: build the secondary indexes once at the
    // end instead of updating them row by row (several times faster).
    const bool empty = !Sql::scalar(db, QStringLiteral("SELECT 1 FROM enterprise LIMIT 1")).isValid();
    std::optional<DeferredIndexes> deferred;
    if (empty)
        deferred.emplace(db, QStringLiteral("enterprise"));
    EnterpriseSink sink(db, report, empty);
    QHash<QString, int> seen; // USCC → row where it first appeared
    // Per field, once: its column in this file and its slot.
    struct Prepared { const ImportKind::Field *field; int column; int slot; };
    QList<Prepared> prepared;
    for (const ImportKind::Field &field : kind.fields)
        prepared.append({&field, mapping.columns.value(field.name, -1), slotOf(field.name)});
    auto handle = [&](const TableRow &r) {
        bool empty = true;
        for (const QString &cell : r.cells)
            empty = empty && cell.trimmed().isEmpty();
        if (empty || r.row <= mapping.headerRow)
            return;
        ++report.rows;
        Values values;
        const qsizetype before = report.rejected.size();
        auto reject = [&](const ImportKind::Field &field, int column, const QString &value, const QString &reason) {
            report.rejected.append({{report.file, report.sheet, r.row, column}, field.label, value, reason});
        };
        for (const Prepared &p : prepared) {
            const QString cell = p.column >= 0 ? r.cell(p.column) : QString();
            FieldParser::Result parsed = FieldParser::parse(p.field->type, cell);
            if (!parsed.ok)
                reject(*p.field, p.column, cell, parsed.reason);
            else if (p.field->required && parsed.value.isEmpty())
                reject(*p.field, p.column, cell, tr("required, but empty"));
            else if (p.slot >= 0)
                values[size_t(p.slot)] = std::move(parsed.value);
        }
        const QString &uscc = values[Uscc];
        const int usccColumn = mapping.columns.value(QStringLiteral("uscc"));
        if (!uscc.isEmpty() && seen.contains(uscc))
            reject(*kind.field(QStringLiteral("uscc")), usccColumn, uscc,
                   tr("appears twice in the file (also row %1)").arg(seen.value(uscc)));
        else if (!uscc.isEmpty())
            seen.insert(uscc, r.row);
        if (report.rejected.size() > before)
            return;
        QString reason;
        const QString industry = sink.resolveIndustry(values[IndustryCode], values[IndustryName], &reason);
        if (!reason.isEmpty()) {
            const bool byCode = mapping.columns.contains(QStringLiteral("industry_code"));
            const QString field = byCode ? QStringLiteral("industry_code") : QStringLiteral("industry_name");
            reject(*kind.field(field), mapping.columns.value(field), values[size_t(slotOf(field))], reason);
            return;
        }
        values[IndustryCode] = industry;
        values[TownshipId] = sink.resolveTownship(values[Township]);
        sink.write(values);
    };
    for (const TableRow &r : std::as_const(head))
        handle(r);
    qint64 count = 0;
    while (reader->next(row)) {
        handle(row);
        if (options.progress && (++count & 0x3FFF) == 0 && !options.progress(qMax(0, reader->percentRead())))
            throw DatabaseError(DatabaseError::Kind::Cancelled, tr("The import was cancelled; nothing was written."));
    }
    if (!options.dryRun && report.rejected.isEmpty()) {
        if (deferred)
            deferred->rebuild();
        saveMapping(db, kindId, mapping);
        AuditLog::record(db, {AuditLog::Action::Bulk, kind.table, 0, {},
                              QJsonObject{{QStringLiteral("import"), QFileInfo(path).fileName()},
                                          {QStringLiteral("sha256"), report.sha256},
                                          {QStringLiteral("inserted"), report.inserted},
                                          {QStringLiteral("updated"), report.updated},
                                          {QStringLiteral("unchanged"), report.unchanged}}});
        transaction.commit();
        report.applied = true;
    }
    return report; // otherwise the transaction rolls back: a dry run or a rejected file changes nothing
}
