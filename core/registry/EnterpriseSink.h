#pragma once

#include "io/ImportKind.h"
#include "io/ImportReport.h"
#include "io/ImportSink.h"
#include "db/BulkInsertCapture.h"
#include "db/DeferredIndexes.h"
#include "db/SqliteStatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

// Enterprises, keyed by USCC: new ones inserted, changed fields updated, the rest
// counted unchanged. Townships are found by name and industries by code or name;
// new ones are created and reported. Into an empty register it inserts without
// lookups and builds the indexes once at the end.
class EnterpriseSink final : public ImportSink
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseSink)

public:
    EnterpriseSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report);

    QStringList keyFields() const override { return {QStringLiteral("uscc")}; }
    void write(const QStringList &values, const Reject &reject) override;
    void flush() override;
    void completeRows() override;
    void finish() override;

private:
    // 0: none given, or -1 after rejecting the row (a name close to a known township:
    // it is mapped, not created twice).
    qint64 resolveTownship(const QString &name, const Reject &reject);
    // The code, as the row's own cell or kept until the next flush(); null with a reason
    // when the industry is unknown, or none is given.
    const QString *resolveIndustry(const QString &code, const QString &name, QString *reason);
    SqliteStatement &insertFor(quint32 shape, int rows);
    void insertPending();

    // New rows waiting to be inserted several at a time, all of one shape (the columns
    // given, see m_defaulted), in file order: their values point into the rows the
    // importer holds until it calls flush().
    struct Pending
    {
        quint32 shape = 0;
        int rows = 0;
        std::vector<SqliteStatement::Value> values;
    };

    QSqlDatabase m_db;
    ImportReport &m_report;
    QList<int> m_index; // slot → field index in the kind (-1 if the kind lacks it)
    bool m_empty = false;
    std::optional<DeferredIndexes> m_deferred;
    std::optional<BulkInsertCapture> m_capture; // the first import: captured as one change at the end
    QSqlQuery m_find;
    std::map<quint64, std::unique_ptr<SqliteStatement>> m_inserts; // by the rows (high half) and columns present
    quint32 m_defaulted = 0; // the columns (by bit) with a default in the schema: left out when absent, not NULL
    Pending m_pending;
    std::deque<QString> m_heldCodes; // industry codes found by name, for the pending rows
    QHash<QString, qint64> m_townships;
    QStringList m_knownTownships; // those the file had before this import
    QString m_townshipLabel;
    QSet<QString> m_industryCodes;
    QHash<QString, QString> m_industryByName;
};
