#pragma once

#include <QString>

// The first two digits of a GB/T 2260 administrative division code name a province;
// "10" is used for bodies registered at national level.
class DivisionCodes final
{
public:
    static bool isProvinceCode(const QString &twoDigits);
};
