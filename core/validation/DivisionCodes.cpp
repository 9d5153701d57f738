#include "DivisionCodes.h"

#include <bitset>

bool DivisionCodes::isProvinceCode(QStringView twoDigits)
{
    // By number rather than as strings: a roster checks this once per row.
    static const std::bitset<100> codes = [] {
        std::bitset<100> set;
        for (int code : {10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                         43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82})
            set.set(size_t(code));
        return set;
    }();
    const auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (twoDigits.size() != 2 || !digit(twoDigits.at(0)) || !digit(twoDigits.at(1)))
        return false;
    return codes.test(size_t((twoDigits.at(0).unicode() - u'0') * 10 + (twoDigits.at(1).unicode() - u'0')));
}
