#include "TestSupport.h"

#include "util/ChineseAmount.h"

TEST_CASE("Amounts in Chinese capitals as official documents write them", "[util]")
{
    CHECK(ChineseAmount::uppercase(0) == QStringLiteral("零元整"));
    CHECK(ChineseAmount::uppercase(1850000) == QStringLiteral("壹万捌仟伍佰元整"));
    CHECK(ChineseAmount::uppercase(1000500) == QStringLiteral("壹万零伍元整"));
    CHECK(ChineseAmount::uppercase(10000000) == QStringLiteral("壹拾万元整"));
    CHECK(ChineseAmount::uppercase(100005) == QStringLiteral("壹仟元零伍分"));
    CHECK(ChineseAmount::uppercase(123456) == QStringLiteral("壹仟贰佰叁拾肆元伍角陆分"));
    CHECK(ChineseAmount::uppercase(50) == QStringLiteral("伍角"));
    CHECK(ChineseAmount::uppercase(10203040506) == QStringLiteral("壹亿零贰佰零叁万零肆佰零伍元零陆分"));
    CHECK(ChineseAmount::uppercase(2000000000000) == QStringLiteral("贰佰亿元整"));
}
