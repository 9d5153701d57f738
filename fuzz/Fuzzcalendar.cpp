// The county calendar and the triage rules: data files an office edits by hand.
#include "FuzzSupport.h"
#include "db/DatabaseError.h"
#include "supervision/TriageRules.h"
#include "util/WorkingCalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::scratch("json", data, size);
    try {
        const WorkingCalendar calendar = WorkingCalendar::fromFile(path);
        calendar.addWorkingDays(QDate(2026, 1, 1), 30);
    } catch (const Error &) {
    }
    try {
        TriageRules::fromFile(path).classify(QStringLiteral("complaint"), QStringLiteral("执法人员检查时态度粗暴"));
    } catch (const Error &) {
    }
    return 0;
}
