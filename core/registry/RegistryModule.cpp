#include "RegistryModule.h"

#include "DepartmentSink.h"
#include "EnterpriseSink.h"
#include "InspectionItemSink.h"
#include "OfficerSink.h"
#include "io/ImportSinks.h"

void RegistryModule::install()
{
    ImportSinks::add(QStringLiteral("enterprises"), ImportSinks::plain<EnterpriseSink>());
    ImportSinks::add(QStringLiteral("departments"), ImportSinks::plain<DepartmentSink>());
    ImportSinks::add(QStringLiteral("officers"), ImportSinks::plain<OfficerSink>());
    ImportSinks::add(QStringLiteral("items"), ImportSinks::plain<InspectionItemSink>());
}
