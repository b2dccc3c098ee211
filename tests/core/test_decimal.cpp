#include "money/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <gtest/gtest.h>

using il::Decimal;

namespace {
Decimal d(const char* s) {
    auto v = Decimal::parse(QString::fromLatin1(s));
    EXPECT_TRUE(v.has_value()) << s;
    return v.value_or(Decimal());
}
} // namespace

TEST(Decimal, ParsesPlainAndSignedText) {
    EXPECT_EQ(d("12").raw(), 12'000'000);
    EXPECT_EQ(d("-0.5").raw(), -500'000);
    EXPECT_EQ(d("+7.25").raw(), 7'250'000);
    EXPECT_EQ(d(" 3 ").raw(), 3'000'000);
    EXPECT_EQ(d(".5").raw(), 500'000);
    EXPECT_EQ(d("1e3").raw(), 1'000'000'000);
    EXPECT_EQ(d("2.5E-2").raw(), 25'000);
    EXPECT_EQ(d("1234567.891234").toString(), QStringLiteral("1234567.891234"));
}

TEST(Decimal, RejectsGarbage) {
    for (const char* bad : {"", "abc", "1.2.3", "--1", "1e", "12abc", "1,5", "١٢", "99999999999999999999"})
        EXPECT_FALSE(Decimal::parse(QString::fromUtf8(bad)).has_value()) << bad;
}

TEST(Decimal, RoundsHalfToEvenBeyondSixPlaces) {
    EXPECT_EQ(d("0.0000005").raw(), 0);  // tie → even (0)
    EXPECT_EQ(d("0.0000015").raw(), 2);  // tie → even (2)
    EXPECT_EQ(d("0.0000025").raw(), 2);  // tie → even (2)
    EXPECT_EQ(d("0.00000251").raw(), 3); // above the tie
    EXPECT_EQ(d("-0.0000015").raw(), -2);
}

TEST(Decimal, ArithmeticIsExact) {
    EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
    EXPECT_EQ(d("19.99") * d("3"), d("59.97"));
    EXPECT_EQ(d("10") - d("10.01"), d("-0.01"));
    EXPECT_EQ(d("1") / d("3"), d("0.333333"));
    EXPECT_EQ(d("2") / d("3"), d("0.666667"));
    EXPECT_EQ(d("0.000001") * d("0.5"), d("0")); // 0.0000005 → even
    EXPECT_THROW(d("1") / d("0"), std::domain_error);
    EXPECT_THROW(Decimal::fromRaw(INT64_MAX) + d("0.000001"), std::overflow_error);
}

TEST(Decimal, FormatsShortestAndFixed) {
    EXPECT_EQ(d("12.50").toString(), QStringLiteral("12.5"));
    EXPECT_EQ(d("-3").toString(), QStringLiteral("-3"));
    EXPECT_EQ(d("0.000001").toString(), QStringLiteral("0.000001"));
    EXPECT_EQ(d("12.5").toString(2), QStringLiteral("12.50"));
    EXPECT_EQ(d("2.345").toString(2), QStringLiteral("2.34")); // half-even
    EXPECT_EQ(d("2.355").toString(2), QStringLiteral("2.36"));
    EXPECT_EQ(d("-0.001").toString(2), QStringLiteral("0.00"));
    EXPECT_EQ(Decimal::fromRaw(INT64_MIN).toString().left(5), QStringLiteral("-9223"));
}

TEST(Decimal, ComparesAndTakesAbs) {
    EXPECT_LT(d("-1"), d("0.5"));
    EXPECT_EQ(d("-2.5").abs(), d("2.5"));
    EXPECT_LE((d("10.01") - d("10")).abs(), d("0.01")); // tolerance edge
    EXPECT_GT((d("10.011") - d("10")).abs(), d("0.01"));
}

// The JSON boundary: both APIs send doubles. 0.1+0.2 computed in double must not leak in.
TEST(Decimal, JsonBoundaryRoundsDoublesToSixPlaces) {
    EXPECT_EQ(Decimal::fromDouble(0.1 + 0.2), d("0.3"));
    EXPECT_EQ(Decimal::fromDouble(19.99 * 3), d("59.97"));
    EXPECT_EQ(Decimal::fromDouble(1234567.891234), d("1234567.891234"));
    EXPECT_EQ(Decimal::fromDouble(-18.1), d("-18.1"));
    EXPECT_FALSE(Decimal::fromDouble(1e13).has_value());
    EXPECT_FALSE(Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()).has_value());

    const auto doc = QJsonDocument::fromJson(R"({"q":19.99,"s":"12.345","n":null,"b":true,"big":1e300})");
    const auto o = doc.object();
    EXPECT_EQ(Decimal::fromJson(o.value(QStringLiteral("q"))), d("19.99"));
    EXPECT_EQ(Decimal::fromJson(o.value(QStringLiteral("s"))), d("12.345"));
    EXPECT_FALSE(Decimal::fromJson(o.value(QStringLiteral("n"))).has_value());
    EXPECT_FALSE(Decimal::fromJson(o.value(QStringLiteral("b"))).has_value());
    EXPECT_FALSE(Decimal::fromJson(o.value(QStringLiteral("big"))).has_value());
}

TEST(Decimal, WritesJsonAsExactStrings) {
    const QJsonValue v = d("1234567.891234").toJson();
    ASSERT_TRUE(v.isString());
    EXPECT_EQ(v.toString(), QStringLiteral("1234567.891234"));
    EXPECT_EQ(Decimal::fromJson(v), d("1234567.891234"));
}

// issue 7: the boundary never lets garbage become a number, and never a wrong one.
TEST(Decimal, FromJsonRefusesEverythingButAFiniteNumberInRange) {
    const auto doc = QJsonDocument::fromJson(
        R"([null, "NaN", "nan", "inf", "Infinity", "1,5", " 12 ", "12 ", "", "0x10", "1e400", "-1e400", {}, [],
            true, "١٢", "１２", "1e", ".", "-", "1.2.3", 1e400, 9.3e12, "9223372036854.7758075"])");
    for (const QJsonValue& v : doc.array())
        EXPECT_FALSE(Decimal::fromJson(v).has_value()) << QJsonDocument(QJsonArray{v}).toJson().toStdString();
    EXPECT_FALSE(Decimal::fromDouble(std::numeric_limits<double>::infinity()).has_value());
    EXPECT_FALSE(Decimal::fromDouble(-9.3e12).has_value());
}

TEST(Decimal, DigitsBeyondThirtyStillDecideATie) {
    // Kept digits end in an exact half, a dropped 1 makes it more than half: round up.
    EXPECT_EQ(d("0.12345650000000000000000000000001").raw(), 123457);
    EXPECT_EQ(d("0.12345650000000000000000000000000").raw(), 123456); // a true tie stays even
    EXPECT_EQ(d("-0.00000050000000000000000000000000001").raw(), -1);
}

TEST(Decimal, HugeAndTinyExponentsNeitherOverflowNorFail) {
    // 30 digits times 10^30 overflowed the 128-bit intermediate (undefined behaviour).
    EXPECT_FALSE(Decimal::parse(u"123456789012345678901234567890e24").has_value());
    EXPECT_FALSE(Decimal::parse(u"1e99999999999999999999").has_value());
    EXPECT_EQ(d("1e-50").raw(), 0);
    EXPECT_EQ(d("1e-99999999999999999999").raw(), 0);
    EXPECT_EQ(d("0e999").raw(), 0);
    EXPECT_EQ(d("12e-0000000000000000000001").raw(), 1'200'000);
    // Tiny doubles are in range: they are 0, not unreadable.
    EXPECT_EQ(Decimal::fromDouble(1e-50), Decimal());
    EXPECT_EQ(Decimal::fromDouble(5e-324), Decimal());
    EXPECT_EQ(Decimal::fromDouble(-0.0), Decimal());
    EXPECT_EQ(Decimal::fromDouble(9199999999999.99), d("9199999999999.99"));
}
