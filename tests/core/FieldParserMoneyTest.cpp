#include "io/FieldParser.h"

#include <catch2/catch.hpp>

TEST_CASE("yuanToFen reads amounts exactly", "[io][money]")
{
    CHECK(FieldParser::yuanToFen(QStringLiteral("1200")) == 120000);
    CHECK(FieldParser::yuanToFen(QStringLiteral("0.29")) == 29);      // 0.29 * 100 is 28.999... as a double
    CHECK(FieldParser::yuanToFen(QStringLiteral("1,200.5")) == 120050);
    CHECK(FieldParser::yuanToFen(QStringLiteral(" 300元 ")) == 30000);
    CHECK(FieldParser::yuanToFen(QStringLiteral("３００．０５")) == 30005); // full-width digits from Chinese input
    CHECK(FieldParser::yuanToFen(QStringLiteral("7.")) == 700);
    CHECK(FieldParser::yuanToFen(QStringLiteral("9999999999999.99")) == Q_INT64_C(999999999999999));
}

TEST_CASE("yuanToFen refuses what is not an amount", "[io][money]")
{
    for (const char *bad : {"", "-5", "1e3", "12.345", "abc", "1.2.3", "12345678901234", ".5"})
        CHECK_FALSE(FieldParser::yuanToFen(QString::fromLatin1(bad)).has_value());
}
