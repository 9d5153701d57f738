#include "SupervisionModule.h"

#include "HotlineSink.h"
#include "io/ImportSinks.h"

void SupervisionModule::install()
{
    ImportSinks::add(QStringLiteral("hotline"), ImportSinks::plain<HotlineSink>());
}
