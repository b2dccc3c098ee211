#include "money/Decimal.h"

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
