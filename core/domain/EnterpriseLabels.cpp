#include "EnterpriseLabels.h"

QString EnterpriseLabels::status(const QString &code)
{
    if (code == u"active")
        return tr("Active");
    if (code == u"suspended")
        return tr("Suspended");
    if (code == u"revoked")
        return tr("Licence revoked");
    if (code == u"deregistered")
        return tr("Deregistered");
    return code;
}

QString EnterpriseLabels::creditEventKind(const QString &code)
{
    struct Label { const char *code; const char *text; };
    static const Label labels[] = {
        {"clean_inspection", QT_TR_NOOP("Clean inspection")},
        {"invited_inspection", QT_TR_NOOP("Invited inspection")},
        {"rectified_finding", QT_TR_NOOP("Finding to rectify")},
        {"minor_not_punished", QT_TR_NOOP("Minor violation, not punished")},
        {"lenient_penalty", QT_TR_NOOP("Lighter or reduced penalty")},
        {"standard_penalty", QT_TR_NOOP("Standard penalty")},
        {"heavier_penalty", QT_TR_NOOP("Heavier penalty")},
        {"verified_complaint", QT_TR_NOOP("Verified 12345 complaint")},
        {"honour", QT_TR_NOOP("Honour")},
        {"red_line_violation", QT_TR_NOOP("Red-line violation")},
    };
    for (const Label &label : labels) {
        if (code == QLatin1String(label.code))
            return tr(label.text);
    }
    return code;
}
