#include "CoreModules.h"

#include "db/AccessPolicy.h"
#include "users/Session.h"

void CoreModules::install()
{
    AccessPolicy::install(&Session::policy());
}
