// A credit rule file: parsed into a rule set or refused with a Refusal.
#include "FuzzSupport.h"
#include "credit/CreditRuleSet.h"
#include "db/DatabaseError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    try {
        CreditRuleSet::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"));
    } catch (const Error &) {
    }
    return 0;
}
