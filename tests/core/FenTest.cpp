#include "domain/Fen.h"

#include <QLocale>

#include <catch2/catch.hpp>

#include <type_traits>

// Reading yuan never goes through a double; neither does showing it.
static_assert(!std::is_constructible_v<Fen, double>, "an amount never comes from a double");
static_assert(!std::is_constructible_v<Fen, float>, "an amount never comes from a float");

TEST_CASE("Fen reads yuan exactly", "[money]")
{
    CHECK(Fen::fromYuan(QStringLiteral("1200")) == Fen(120000));
    CHECK(Fen::fromYuan(QStringLiteral("0.29")) == Fen(29)); // 0.29 * 100 is 28.999... as a double
    CHECK(Fen::fromYuan(QStringLiteral("1,200.5")) == Fen(120050));
    CHECK(Fen::fromYuan(QStringLiteral(" 300元 ")) == Fen(30000));
    CHECK(Fen::fromYuan(QStringLiteral("３００．０５")) == Fen(30005)); // full-width digits from Chinese input
    CHECK(Fen::fromYuan(QStringLiteral("7.")) == Fen(700));
    CHECK(Fen::fromYuan(QStringLiteral("9999999999999.99")) == Fen(Q_INT64_C(999999999999999)));
}

TEST_CASE("Fen refuses what is not an amount of yuan", "[money]")
{
    for (const char *bad : {"", "-5", "1e3", "12.345", "abc", "1.2.3", "12345678901234", ".5"})
        CHECK_FALSE(Fen::fromYuan(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("Fen reads 万元 to the fen and refuses fractions of a fen", "[money]")
{
    // 0.35 万元 = 3,500 yuan = 350,000 fen; 1.234567 万元 = 12,345.67 yuan.
    CHECK(Fen::fromWanYuan(QStringLiteral("0.35")) == Fen(350000));
    CHECK(Fen::fromWanYuan(QStringLiteral("1.234567万元")) == Fen(1234567));
    CHECK(Fen::fromWanYuan(QStringLiteral("2.50000000")) == Fen(2500000)); // trailing zeros beyond the sixth decimal
    CHECK_FALSE(Fen::fromWanYuan(QStringLiteral("1.2345678"))); // a hundredth of a fen
    CHECK_FALSE(Fen::fromWanYuan(QStringLiteral("-1")));
}

TEST_CASE("Fen shows yuan from the integer, without rounding", "[money]")
{
    const QLocale c = QLocale::c();
    // 2^53 + 1 fen has no exact double; the text must still end in ...93.
    CHECK(Fen(Q_INT64_C(9007199254740993)).yuan(c) == QStringLiteral("90071992547409.93"));
    CHECK(Fen(5).yuan(c) == QStringLiteral("0.05"));
    CHECK(Fen(-1850050).yuan(c) == QStringLiteral("-18500.50"));
    CHECK(Fen(1850050).yuan(QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("18,500.50"));
    CHECK(Fen(1850050).plainYuan() == QStringLiteral("18500.50"));
    CHECK(Fen(100) + Fen(250) == Fen(350));
    CHECK(Fen(100) < Fen(101));
}
