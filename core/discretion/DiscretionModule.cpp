#include "DiscretionModule.h"

#include "DiscretionListSink.h"
#include "PublishedCaseSink.h"
#include "io/ImportSinks.h"

void DiscretionModule::install()
{
    ImportSinks::add(QStringLiteral("discretion"), [](const QSqlDatabase &db, const ImportKind &kind, ImportReport &report,
                                                      const QHash<QString, QString> &parameters) {
        return std::unique_ptr<ImportSink>(
            std::make_unique<DiscretionListSink>(db, kind, report, DiscretionListSink::fromParameters(parameters)));
    });
    ImportSinks::add(QStringLiteral("cases"), ImportSinks::plain<PublishedCaseSink>());
}
