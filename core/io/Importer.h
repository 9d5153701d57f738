#pragma once

#include "ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

// Brings a spreadsheet into the database, all or nothing. Every row is checked; a
// dry run does the whole import inside a transaction and rolls it back, so its
// counts are exact. A real run commits only when no row was rejected, records the
// file's name and SHA-256 in the audit log, and remembers the header mapping for the
// next file of the same kind.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options
    {
        QString sheet;
        bool dryRun = true;
        // Header text (as HeaderMatcher::normalize gives it) → field, chosen by the
        // user; wins over the saved mapping and the synonyms. "" as field: not imported.
        QHash<QString, QString> headerOverrides;
        std::function<bool(int percent)> progress; // false cancels
        // What a kind needs beyond the file, e.g. a discretion list's name, version and
        // effective date (list, version, effective_from, list_kind).
        QHash<QString, QString> parameters;
        // Values written another way, for this run only: kind → value → target (the
        // register's name). Remembered aliases apply as well; these win.
        QHash<QString, QHash<QString, QString>> valueMap;
        // What must follow the rows in the same transaction (credit events and scores
        // after records that feed them): all of it commits, or none.
        std::function<void(const QSqlDatabase &)> followUp;
    };

    static ImportReport run(const QSqlDatabase &db, const QString &kind, const QString &path, const Options &options);
};
