#include "CoreModules.h"

#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "db/AccessPolicy.h"
#include "exchange/ExchangeStore.h"
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
    // Records received from another office are scored here, as imported ones are.
    ExchangeStore::setFollowUp([](const QSqlDatabase &db) {
        CreditRecomputer::run(db, CreditRuleStore::load(db), QDate::currentDate(), CreditRecomputer::Mode::Incremental);
    });
}
