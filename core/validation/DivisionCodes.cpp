#include "DivisionCodes.h"

#include <QSet>

bool DivisionCodes::isProvinceCode(const QString &twoDigits)
{
    static const QSet<QString> codes = {
        QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
        QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("21"), QStringLiteral("22"),
        QStringLiteral("23"), QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33"),
        QStringLiteral("34"), QStringLiteral("35"), QStringLiteral("36"), QStringLiteral("37"),
        QStringLiteral("41"), QStringLiteral("42"), QStringLiteral("43"), QStringLiteral("44"),
        QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("50"), QStringLiteral("51"),
        QStringLiteral("52"), QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("71"), QStringLiteral("81"), QStringLiteral("82")};
    return codes.contains(twoDigits);
}
