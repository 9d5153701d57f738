// Compiled as part of the database module with what it may use: the control that shows
// the forbidden probe fails for its include and nothing else.
#include "db/DatabaseError.h"
#include "util/Refusal.h"

int allowedProbe()
{
    return Refusal(QStringLiteral("x")).message().size();
}
