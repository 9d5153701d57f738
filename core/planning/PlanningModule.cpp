#include "PlanningModule.h"

#include "PlatformInspectionSink.h"
#include "io/ImportSinks.h"

void PlanningModule::install()
{
    ImportSinks::add(QStringLiteral("inspections"), ImportSinks::plain<PlatformInspectionSink>());
}
