#include "Importer.h"

#include "FieldParser.h"
#include "HeaderMatcher.h"
#include "ImportReadAhead.h"
#include "ImportKind.h"
#include "ImportSinks.h"
#include "ValueResolver.h"
#include "SeenKeys.h"
#include "TableReader.h"
#include "db/AuditLog.h"
#include "db/BulkLoadJournal.h"
#include "db/DatabaseError.h"
#include "db/ScopedPragma.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Sha256.h"
#include "validation/TextNormalizer.h"
#include "util/Refusal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <functional>
#include <future>
#include <optional>


namespace {

constexpr int kHeaderSearchRows = 20;

QString fileDigest(const QString &path, const std::atomic<bool> &stop)
{
    return QString::fromLatin1(Sha256::ofFile(path, &stop).toHex());
}

// Tells the digest thread to stop when the import leaves early; declared after the
// future, so it is destroyed, and stops the thread, before the future waits for it.
struct StopOnExit
{
    std::atomic<bool> &flag;
    ~StopOnExit() { flag = true; }
};

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

} // namespace

ImportReport Importer::run(const QSqlDatabase &db, const QString &kindId, const QString &path, const Options &options)
{
    const ImportKind kind = ImportKind::find(kindId);
    ImportReport report;
    report.file = QFileInfo(path).absoluteFilePath();
    report.dryRun = options.dryRun;
    std::unique_ptr<TableReader> reader = TableReader::open(path, options.sheet);
    // The file's SHA-256 for the audit log, read on a thread of its own: while the rows
    // are checked for a dry run; for an import, while the indexes are built, when the
    // other core would be idle (during the reading both are busy).
    std::atomic<bool> stopDigest{false};
    std::future<QString> digest;
    const StopOnExit stopDigestOnExit{stopDigest};
    auto startDigest = [&] {
        if (!digest.valid())
            digest = std::async(std::launch::async, fileDigest, path, std::cref(stopDigest));
    };
    if (options.dryRun)
        startDigest();
    report.encoding = reader->encoding();
    report.sheet = reader->sheetName();

    QList<TableRow> head;
    TableRow first;
    while (head.size() < kHeaderSearchRows && reader->next(first))
        head.append(first);
    QHash<QString, QString> known = savedMapping(db, kindId);
    known.insert(options.headerOverrides);
    const HeaderMatcher::Mapping mapping = HeaderMatcher::match(head, kind, known);
    if (!mapping.isValid())
        throw Refusal(tr("%1: no header row with the required columns was found in the first %2 rows (missing: %3).")
                                .arg(QFileInfo(path).fileName()).arg(kHeaderSearchRows)
                                .arg(mapping.missingRequired.join(QStringLiteral(", "))));
    report.headerRow = mapping.headerRow;
    report.columns = mapping.columns;

    // A big roster touches index pages all over the file; keep them in memory.
    const ScopedPragma cache(db, "cache_size", -256 * 1024); // KiB
    // A first load into an empty table writes its pages once (see BulkLoadJournal);
    // declared before the transaction, so it ends after it. This look only picks the
    // journal: a sink that relies on an empty table checks again inside the transaction.
    std::optional<BulkLoadJournal> journal;
    if (!options.dryRun && !Sql::scalar(db, QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(kind.table)).isValid())
        journal.emplace(db);
    Transaction transaction(db);
    // Foreign keys are checked once at commit rather than statement by statement
    // (SQLite then needs no statement journal per row); it resets at the end of the
    // transaction.
    Sql::deferForeignKeys(db);
    std::unique_ptr<ImportSink> sink = ImportSinks::make(db, kind, report, options.parameters);
    const ValueResolver values(db, options.valueMap);
    sink->setValues(&values);
    QList<int> keyIndexes;
    for (int i = 0; i < kind.fields.size(); ++i) {
        if (sink->keyFields().contains(kind.fields.at(i).name))
            keyIndexes.append(i);
    }
    QList<int> columns; // per field, its column in this file (-1: absent)
    QList<FieldParser::Type> types;
    for (const ImportKind::Field &field : kind.fields) {
        columns.append(mapping.columns.value(field.name, -1));
        types.append(FieldParser::typeOf(field.type));
    }
    SeenKeys seen; // the writing thread's

    // Used on both threads: reads only what stays fixed while the rows are read.
    const QString file = report.file, sheet = report.sheet;
    const int headerRow = mapping.headerRow;
    auto issue = [&](int row, int field, const QString &value, const QString &reason) {
        return ImportReport::Issue{{file, sheet, row, columns.at(field)}, kind.fields.at(field).label, value, reason};
    };
    // Runs on the reading thread.
    auto parse = [&](const TableRow &r, ImportReadAhead::Row &out) {
        const bool empty = std::all_of(r.cells.cbegin(), r.cells.cend(), [](const QString &cell) {
            return std::all_of(cell.cbegin(), cell.cend(), TextNormalizer::isSpace);
        });
        if (empty || r.row <= headerRow)
            return false;
        out.source = r;
        auto rejectField = [&](int field, const QString &value, const QString &reason) { out.issues.append(issue(r.row, field, value, reason)); };
        QStringList &values = out.values;
        values.reserve(kind.fields.size());
        for (int f = 0; f < kind.fields.size(); ++f) {
            const ImportKind::Field &field = kind.fields.at(f);
            const QString cell = columns.at(f) >= 0 ? r.cell(columns.at(f)) : QString();
            FieldParser::Result parsed = FieldParser::parse(types.at(f), cell);
            if (!parsed.ok)
                rejectField(f, cell, parsed.reason);
            else if (field.required && parsed.value.isEmpty())
                rejectField(f, cell, tr("required, but empty"));
            values.append(std::move(parsed.value));
        }
        return true;
    };

    const ImportReadAhead::Row *current = nullptr; // the row being written
    // Made once, not per row: a std::function of this size is an allocation.
    const ImportSink::Reject reject = [&](const QString &field, const QString &value, const QString &reason) {
        for (int f = 0; f < kind.fields.size(); ++f) {
            // The cell as the file has it, not its parsed form (fen, band codes).
            if (kind.fields.at(f).name == field)
                report.rejected.append(issue(current->source.row, f,
                                             columns.at(f) >= 0 ? current->source.cell(columns.at(f)) : value, reason));
        }
    };
    // A key seen before is looked for here, not on the reading thread: that one is the
    // slower of the two, and this one waited for it.
    auto repeatOf = [&](const ImportReadAhead::Row &r) {
        const QString &first = r.values.at(keyIndexes.first());
        if (!r.issues.isEmpty() && first.isEmpty())
            return 0;
        if (keyIndexes.size() == 1)
            return seen.firstRow(first, r.source.row);
        QString key = first;
        for (qsizetype k = 1; k < keyIndexes.size(); ++k)
            key += QLatin1Char('\x1f') + r.values.at(keyIndexes.at(k));
        return seen.firstRow(key, r.source.row);
    };
    auto write = [&](const ImportReadAhead::Row &r) {
        ++report.rows;
        const int repeated = repeatOf(r);
        if (!r.issues.isEmpty() || repeated) {
            report.rejected.append(r.issues);
            if (repeated)
                report.rejected.append(issue(r.source.row, keyIndexes.first(), r.values.at(keyIndexes.first()),
                                             tr("appears twice in the file (also row %1)").arg(repeated)));
            return;
        }
        current = &r;
        sink->write(r.values, reject);
    };
    {
        ImportReadAhead rows(*reader, std::move(head), parse);
        std::vector<ImportReadAhead::Row> batch;
        while (rows.next(batch)) {
            for (const ImportReadAhead::Row &r : batch)
                write(r);
            sink->flush(); // before next() hands the batch back to be freed
            if (options.progress && !options.progress(qMax(0, rows.percentRead())))
                throw DatabaseError(DatabaseError::Kind::Cancelled, tr("The import was cancelled; nothing was written."));
        }
    }
    startDigest();
    const bool apply = !options.dryRun && report.rejected.isEmpty();
    if (apply)
        sink->completeRows();
    report.sha256 = digest.get();
    if (apply) {
        sink->finish();
        saveMapping(db, kindId, mapping);
        AuditLog::record(db, {AuditLog::Action::Bulk, kind.table, 0, {},
                              QJsonObject{{QStringLiteral("import"), QFileInfo(path).fileName()},
                                          {QStringLiteral("sha256"), report.sha256},
                                          {QStringLiteral("inserted"), report.inserted},
                                          {QStringLiteral("updated"), report.updated},
                                          {QStringLiteral("unchanged"), report.unchanged}}});
        if (options.followUp)
            options.followUp(db);
        transaction.commit();
        report.applied = true;
    }
    return report; // otherwise the transaction rolls back: a dry run or a rejected file changes nothing
}
