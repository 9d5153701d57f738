#include "CoreModules.h"

#include "db/AccessPolicy.h"
#include "discretion/DiscretionModule.h"
#include "planning/PlanningModule.h"
#include "registry/RegistryModule.h"
#include "supervision/SupervisionModule.h"
#include "users/Session.h"

void CoreModules::install()
{
    AccessPolicy::install(&Session::policy());
    RegistryModule::install();
    DiscretionModule::install();
    PlanningModule::install();
    SupervisionModule::install();
}
