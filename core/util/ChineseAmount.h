#pragma once

#include <QString>

// An amount in fen written the way Chinese official documents and receipts write it
// (人民币大写): 1850000 fen → 壹万捌仟伍佰元整, 100005 → 壹仟元零伍分.
class ChineseAmount final
{
public:
    static QString uppercase(qint64 fen);
};
