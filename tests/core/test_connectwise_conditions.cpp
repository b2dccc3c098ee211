// ConditionsBuilder (client) and the fake's conditions parser/evaluator: escaping, literals,
// and/or grouping, and `in` lists split under the URL limit.
#include "connectwise/ConditionsBuilder.h"
#include "errors/UserError.h"
#include "sandbox/connectwise/CwConditionEvaluator.h"
#include "sandbox/connectwise/CwConditionParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace il;
using namespace il::sandbox;

namespace {

bool matches(const QString& conditions, const QJsonObject& record) {
    const auto node = CwConditionParser::parse(conditions);
    return !node || CwConditionEvaluator::matches(*node, record);
}

QJsonObject record(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

const QJsonObject kAgreement = record(R"({"id":100,"name":"Cloud \"ACME\" & Co","agreementStatus":"Active",
    "company":{"id":250,"identifier":"ACME"},"startDate":"2026-01-01T00:00:00Z","cancelledFlag":false,
    "billAmount":1234.5678,"_info":{"lastUpdated":"2026-10-05T12:00:00Z"}})");

} // namespace

TEST(ConnectWiseConditionsBuilder, QuotesAndEscapesStrings) {
    EXPECT_EQ(ConditionsBuilder::string(u"ACME"), QStringLiteral("\"ACME\""));
    EXPECT_EQ(ConditionsBuilder::string(u"O'Brien \"Pub\""), QStringLiteral(R"("O'Brien \"Pub\"")"));
    EXPECT_EQ(ConditionsBuilder::string(u"C:\\dir"), QStringLiteral(R"("C:\\dir")"));
}

TEST(ConnectWiseConditionsBuilder, WritesNumbersBooleansDatesAndNull) {
    EXPECT_EQ(ConditionsBuilder::number(250), QStringLiteral("250"));
    EXPECT_EQ(ConditionsBuilder::number(Decimal::fromString(u"18.1234")), QStringLiteral("18.1234"));
    EXPECT_EQ(ConditionsBuilder::boolean(false), QStringLiteral("false"));
    EXPECT_EQ(ConditionsBuilder::date(QDate(2026, 10, 1)), QStringLiteral("[2026-10-01T00:00:00Z]"));
    const QDateTime cet(QDate(2026, 10, 1), QTime(2, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    EXPECT_EQ(ConditionsBuilder::dateTime(cet), QStringLiteral("[2026-10-01T00:00:00Z]"));
    EXPECT_EQ(ConditionsBuilder::null(), QStringLiteral("null"));
}

TEST(ConnectWiseConditionsBuilder, GroupsOrInsideAnd) {
    const QString either = ConditionsBuilder::anyOf({QStringLiteral("a = 1"), QStringLiteral("b = 2")});
    EXPECT_EQ(either, QStringLiteral("a = 1 or b = 2"));
    EXPECT_EQ(ConditionsBuilder::allOf({either, QStringLiteral("c = 3"), QString()}),
              QStringLiteral("(a = 1 or b = 2) and c = 3"));
    EXPECT_EQ(ConditionsBuilder::in(QStringLiteral("company/id"), {QStringLiteral("1"), QStringLiteral("2")}),
              QStringLiteral("company/id in (1, 2)"));
}

TEST(ConnectWiseConditionsBuilder, EncodesTheCharactersTheDeveloperGuideNames) {
    const QByteArray e = ConditionsBuilder::encode(u"a&b\"c'd*e%f+g [h] i/j,(k):l é");
    EXPECT_EQ(e, QByteArray("a%26b%22c%27d%2Ae%25f%2Bg%20%5Bh%5D%20i/j,(k):l%20%C3%A9"));
}

TEST(ConnectWiseConditionsBuilder, BuiltStringsParseBackToTheSameValue) {
    for (const QString& tricky : {QStringLiteral("O'Brien \"The Pub\" & Co"), QStringLiteral("back\\slash\\"),
                                  QStringLiteral("100% * +"), QStringLiteral("")}) {
        QJsonObject r{{QStringLiteral("name"), tricky}};
        EXPECT_TRUE(
            matches(ConditionsBuilder::equals(QStringLiteral("name"), ConditionsBuilder::string(tricky)), r))
            << tricky.toStdString();
        r.insert(QStringLiteral("name"), tricky + u'x');
        EXPECT_FALSE(
            matches(ConditionsBuilder::equals(QStringLiteral("name"), ConditionsBuilder::string(tricky)), r));
    }
}

TEST(ConnectWiseConditionsBuilder, SplitsLongInListsUnderTheBudget) {
    QStringList literals;
    for (int i = 0; i < 500; ++i)
        literals.append(ConditionsBuilder::string(QStringLiteral("CUST-%1 \"&\"").arg(i)));
    literals.append(literals.first()); // sent once
    const QString extra = QStringLiteral("agreementStatus = \"Active\" or agreementStatus = \"Expired\"");
    const int budget = 900;
    const QStringList batches =
        ConditionsBuilder::inBatches(QStringLiteral("identifier"), literals, budget, extra);
    ASSERT_GT(batches.size(), 5);
    int total = 0;
    for (const QString& b : batches) {
        const int len = int(ConditionsBuilder::encode(b).size());
        EXPECT_LE(len, budget);
        if (&b != &batches.last()) {
            EXPECT_GT(len, budget - 60) << "batches should be filled, not merely short";
        }
        EXPECT_TRUE(b.endsWith(QStringLiteral(" and (") + extra + u')')) << b.toStdString();
        const auto node = CwConditionParser::parse(b); // each one is valid syntax
        ASSERT_TRUE(node.has_value());
        total += int(b.count(QStringLiteral("CUST-")));
    }
    EXPECT_EQ(total, 500);
    EXPECT_TRUE(
        matches(batches.last(), QJsonObject{{QStringLiteral("identifier"), QStringLiteral("CUST-499 \"&\"")},
                                            {QStringLiteral("agreementStatus"), QStringLiteral("Expired")}}));
}

TEST(ConnectWiseConditionsBuilder, RefusesAValueThatCannotFitAnyUrl) {
    const QStringList one{ConditionsBuilder::string(QString(300, u'x'))};
    EXPECT_THROW(ConditionsBuilder::inBatches(QStringLiteral("identifier"), one, 200), UserError);
    EXPECT_TRUE(ConditionsBuilder::inBatches(QStringLiteral("identifier"), {}, 200).isEmpty());
}

TEST(ConnectWiseConditionsFake, ComparesLikeConnectWise) {
    EXPECT_TRUE(matches(QStringLiteral("id = 100"), kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("id != 101 AND id >= 100 and id <= 100 and id > 99 and id < 101"),
                        kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("company/id in (1, 250, 3)"), kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("company/identifier not in ('X', 'Y')"), kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("agreementStatus = \"active\""), kAgreement)); // case-insensitive
    EXPECT_TRUE(matches(QStringLiteral("name like \"Cloud*\" and name like 'cloud%co'"), kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("name contains \"acme\" and name not contains \"zzz\""), kAgreement));
    EXPECT_TRUE(
        matches(QStringLiteral("cancelledFlag = False and endDate = null and name != null"), kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("_info/lastUpdated > [2026-10-01T00:00:00Z]"), kAgreement));
    EXPECT_TRUE(
        matches(QStringLiteral("startDate < [2026-01-01T00:00:01Z] and startDate >= [2026-01-01T00:00:00Z]"),
                kAgreement));
    EXPECT_TRUE(matches(QStringLiteral("billAmount = 1234.5678 and billAmount > 1234.567"), kAgreement));
    EXPECT_TRUE(
        matches(QStringLiteral("(id = 1 or id = 100) and not (agreementStatus = \"Expired\")"), kAgreement));
    EXPECT_FALSE(matches(QStringLiteral("id = 1 or id = 2 and id = 100"), kAgreement)); // and binds tighter
    EXPECT_FALSE(matches(QStringLiteral("company/id in (1, 2)"), kAgreement));
    EXPECT_FALSE(matches(QStringLiteral("_info/lastUpdated > [2026-10-06T00:00:00Z]"), kAgreement));
}

TEST(ConnectWiseConditionsFake, RefusesBadSyntaxWithTheServersWords) {
    const auto message = [](const QString& conditions) {
        try {
            CwConditionParser::parse(conditions);
        } catch (const CwConditionError& e) {
            return e.message();
        }
        return QStringLiteral("<accepted>");
    };
    EXPECT_TRUE(
        message(QStringLiteral("name = ACME")).startsWith(QStringLiteral("Expected a boolean value")));
    EXPECT_TRUE(message(QStringLiteral("id = 12abc")).startsWith(QStringLiteral("Expected a boolean value")));
    EXPECT_TRUE(message(QStringLiteral("name = \"open")).contains(QStringLiteral("unterminated")));
    EXPECT_TRUE(message(QStringLiteral("(id = 1")).contains(QStringLiteral("')'")));
    EXPECT_TRUE(message(QStringLiteral("id 5")).contains(QStringLiteral("operator")));
    EXPECT_TRUE(message(QStringLiteral("startDate > [yesterday]")).contains(QStringLiteral("DateTime")));
    EXPECT_TRUE(message(QStringLiteral("id = 1 and")).contains(QStringLiteral("field name")));
    EXPECT_EQ(message(QStringLiteral("   ")), QStringLiteral("<accepted>"));
}
