// JsonPatch and JsonWriter: the exact text ConnectWise receives, decimals without a double.
#include "connectwise/ConnectWiseClient.h"
#include "connectwise/JsonPatch.h"
#include "connectwise/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace il;

TEST(ConnectWiseJsonPatch, WritesTheDeveloperGuideShape) {
    EXPECT_EQ(JsonPatch::toJson({JsonPatch::replace(QStringLiteral("quantity"), Decimal::fromInt(5))}),
              QByteArray(R"([{"op":"replace","path":"quantity","value":5}])"));
    EXPECT_EQ(JsonPatch::toJson({}), QByteArray("[]"));
}

TEST(ConnectWiseJsonPatch, KeepsDecimalDigitsExactly) {
    // 0.1 + 0.2 and 19.99 × 3 would drift through a double; the Decimal text does not.
    const Decimal sum = Decimal::fromString(u"0.1") + Decimal::fromString(u"0.2");
    const Decimal triple = Decimal::fromString(u"19.99") * Decimal::fromInt(3);
    const QList<JsonPatch> ops{
        JsonPatch::replace(QStringLiteral("unitCost"), sum),
        JsonPatch::replace(QStringLiteral("unitPrice"), triple),
        JsonPatch::replace(QStringLiteral("quantity"), Decimal::fromString(u"1234567.891234")),
        JsonPatch::replace(QStringLiteral("lessIncluded"), Decimal::fromString(u"-0.000001"))};
    EXPECT_EQ(JsonPatch::toJson(ops),
              QByteArray(R"([{"op":"replace","path":"unitCost","value":0.3},)"
                         R"({"op":"replace","path":"unitPrice","value":59.97},)"
                         R"({"op":"replace","path":"quantity","value":1234567.891234},)"
                         R"({"op":"replace","path":"lessIncluded","value":-0.000001}])"));
    // And it is valid JSON whose values are numbers.
    const QJsonArray parsed = QJsonDocument::fromJson(JsonPatch::toJson(ops)).array();
    ASSERT_EQ(parsed.size(), 4);
    EXPECT_TRUE(parsed[0].toObject().value(QStringLiteral("value")).isDouble());
}

TEST(ConnectWiseJsonPatch, WritesTextDatesFlagsReferencesAndRemove) {
    EXPECT_EQ(
        JsonPatch::replaceText(QStringLiteral("description"), QStringLiteral("A \"quoted\"\nline")).toJson(),
        QByteArray(R"({"op":"replace","path":"description","value":"A \"quoted\"\nline"})"));
    EXPECT_EQ(JsonPatch::replaceDate(QStringLiteral("cancelledDate"), QDate(2026, 10, 31)).toJson(),
              QByteArray(R"({"op":"replace","path":"cancelledDate","value":"2026-10-31T00:00:00Z"})"));
    EXPECT_EQ(JsonPatch::replaceDate(QStringLiteral("cancelledDate"), QDate()).toJson(),
              QByteArray(R"({"op":"replace","path":"cancelledDate","value":null})"));
    EXPECT_EQ(JsonPatch::replaceFlag(QStringLiteral("taxableFlag"), true).toJson(),
              QByteArray(R"({"op":"replace","path":"taxableFlag","value":true})"));
    EXPECT_EQ(JsonPatch::replaceReference(QStringLiteral("product"), 812).toJson(),
              QByteArray(R"({"op":"replace","path":"product","value":{"id":812}})"));
    EXPECT_EQ(JsonPatch::remove(QStringLiteral("cancelledDate")).toJson(),
              QByteArray(R"({"op":"remove","path":"cancelledDate"})"));
    const JsonPatch p = JsonPatch::replace(QStringLiteral("quantity"), Decimal::fromInt(7));
    EXPECT_EQ(p.op(), QStringLiteral("replace"));
    EXPECT_EQ(p.path(), QStringLiteral("quantity"));
    EXPECT_EQ(p.valueJson(), QByteArray("7"));
}

TEST(ConnectWiseJsonPatch, CreateBodiesCarryExactDecimalsAndRequiredFields) {
    NewAddition a;
    a.productId = 812;
    a.quantity = Decimal::fromString(u"3");
    a.unitCost = Decimal::fromString(u"18.1234");
    a.unitPrice = Decimal::fromString(u"20.6");
    a.effectiveDate = QDate(2026, 10, 1);
    EXPECT_EQ(ConnectWiseClient::additionBody(a),
              QByteArray(R"({"product":{"id":812},"billCustomer":"Billable","quantity":3,"unitPrice":20.6,)"
                         R"("unitCost":18.1234,"effectiveDate":"2026-10-01T00:00:00Z"})"));
    NewAddition byIdentifier;
    byIdentifier.productIdentifier = QStringLiteral("M365-BP");
    EXPECT_TRUE(
        ConnectWiseClient::additionBody(byIdentifier).startsWith(R"({"product":{"identifier":"M365-BP"})"));

    NewAgreement g{QStringLiteral("Cloud ACME"), 7, 250, 31, QDate(2026, 10, 1), QDate(), 1};
    EXPECT_EQ(
        ConnectWiseClient::agreementBody(g),
        QByteArray(R"({"name":"Cloud ACME","type":{"id":7},"company":{"id":250},"contact":{"id":31},)"
                   R"("startDate":"2026-10-01T00:00:00Z","noEndingDateFlag":true,"billingCycle":{"id":1}})"));
    NewCatalogItem c;
    c.identifier = QStringLiteral("M365-E3");
    c.description = QStringLiteral("Microsoft 365 E3");
    c.customerDescription = QStringLiteral("E3");
    c.subcategoryId = 3;
    c.typeId = 2;
    c.cost = Decimal::fromString(u"30.0001");
    const QJsonObject body = QJsonDocument::fromJson(ConnectWiseClient::catalogItemBody(c)).object();
    for (const char* field : {"identifier", "description", "subcategory", "type", "customerDescription"})
        EXPECT_TRUE(body.contains(QLatin1String(field))) << field;
    EXPECT_TRUE(ConnectWiseClient::catalogItemBody(c).contains(R"("cost":30.0001)"));
}
