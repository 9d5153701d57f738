#pragma once

#include <QDate>
#include <QString>

// A date as Chinese official documents write it: 2026年10月10日 (empty when invalid).
class ChineseDate final
{
public:
    static QString format(const QDate &date);
};
