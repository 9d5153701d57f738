#pragma once

#include "ImportSink.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class ImportKind;
class ImportReport;

// Which sink takes each kind of file. The module that owns a kind's table registers its
// sink at start (CoreModules::install); io itself knows none of them. A kind nobody
// registered is refused, never written somewhere else.
class ImportSinks final
{
    Q_DECLARE_TR_FUNCTIONS(ImportSinks)

public:
    using Factory = std::function<std::unique_ptr<ImportSink>(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report,
                                                              const QHash<QString, QString> &parameters)>;

    static void add(const QString &kindId, Factory factory);
    static bool has(const QString &kindId);
    // Throws Refusal when no module took the kind.
    static std::unique_ptr<ImportSink> make(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report,
                                            const QHash<QString, QString> &parameters);

    // A factory for a sink whose constructor takes (db, kind, report).
    template<typename Sink>
    static Factory plain()
    {
        return [](const QSqlDatabase &db, const ImportKind &kind, ImportReport &report, const QHash<QString, QString> &) {
            return std::unique_ptr<ImportSink>(std::make_unique<Sink>(db, kind, report));
        };
    }
};
