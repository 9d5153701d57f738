#pragma once

#include "ImportKind.h"
#include "ImportReport.h"
#include "ImportSink.h"
#include "db/BulkInsertCapture.h"
#include "db/DeferredIndexes.h"
#include "db/SqliteStatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

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
    void completeRows() override;
    void finish() override;

private:
    qint64 resolveTownship(const QString &name); // 0: none given
    QString resolveIndustry(const QString &code, const QString &name, QString *reason);

    QSqlDatabase m_db;
    ImportReport &m_report;
    QList<int> m_index; // slot → field index in the kind (-1 if the kind lacks it)
    bool m_empty = false;
    std::optional<DeferredIndexes> m_deferred;
    std::optional<BulkInsertCapture> m_capture; // the first import: captured as one change at the end
    QSqlQuery m_find;
    std::map<quint32, std::unique_ptr<SqliteStatement>> m_inserts; // by the columns present
    QHash<QString, qint64> m_townships;
    QSet<QString> m_industryCodes;
    QHash<QString, QString> m_industryByName;
};
