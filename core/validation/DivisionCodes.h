#pragma once

#include <QStringView>

// The first two digits of a GB/T 2260 administrative division code name a province;
// "10" is used for bodies registered at national level.
class DivisionCodes final
{
public:
    static bool isProvinceCode(QStringView twoDigits);
};
