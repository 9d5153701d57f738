// Compiled as part of the database module, which may not know who is signed in: the
// build must refuse this include (tests/layers/CMakeLists.txt expects it to).
#include "users/Session.h"

int forbiddenProbe()
{
    return Session::rank(QStringLiteral("admin"));
}
