// The Exact fake on its own: the $filter language and the refusals a real tenant gives. Most of
// its behaviour is covered through the client in the other test_exact_*.cpp files.
#include "sandbox/exact/ODataFilter.h"
#include "test_exact_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace exacttest;

namespace {

struct Row {
    QMap<QString, QPair<EdmType, QJsonValue>> fields;
    ODataFilter::Property property() const {
        return {[this](const QString& n) -> std::optional<EdmType> {
                    if (!fields.contains(n))
                        return std::nullopt;
                    return fields.value(n).first;
                },
                [this](const QString& n) {
                    return ODataValue::fromWire(fields.value(n).second, fields.value(n).first);
                }};
    }
};

Row sampleRow() {
    Row r;
    r.fields.insert(QStringLiteral("ID"),
                    {EdmType::Guid, QStringLiteral("AB000000-0000-4000-8000-000000000001")});
    r.fields.insert(QStringLiteral("Code"), {EdmType::String, QStringLiteral("              1234")});
    r.fields.insert(QStringLiteral("Amount"), {EdmType::Double, 19.99});
    r.fields.insert(QStringLiteral("Status"), {EdmType::Int16, 20});
    r.fields.insert(QStringLiteral("InvoiceDate"),
                    {EdmType::DateTime, QStringLiteral("/Date(1790812800000)/")});
    return r; // 1790812800000 = 2026-10-01T00:00:00Z
}

bool matches(const QString& filter) {
    const Row row = sampleRow();
    ODataFilter f = ODataFilter::parse(filter);
    f.validate(row.property(), QStringLiteral("T"));
    return f.matches(row.property());
}

QString refusal(const QString& filter) {
    try {
        matches(filter);
    } catch (const ODataError& e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

TEST(ExactODataFilter, ComparisonsLogicAndLiterals) {
    EXPECT_TRUE(matches(QStringLiteral("ID eq guid'ab000000-0000-4000-8000-000000000001'")));
    EXPECT_FALSE(matches(QStringLiteral("ID ne guid'ab000000-0000-4000-8000-000000000001'")));
    EXPECT_TRUE(matches(QStringLiteral("trim(Code) eq '1234'")));
    EXPECT_FALSE(matches(QStringLiteral("Code eq '1234'"))); // Exact pads codes with spaces
    EXPECT_TRUE(
        matches(QStringLiteral("Amount gt 19.98 and Amount lt 20 and Amount ge 19.99 and Amount le 19.99")));
    EXPECT_TRUE(matches(QStringLiteral("Status eq 10 or (Status eq 20 and not (Amount gt 100))")));
    EXPECT_TRUE(matches(QStringLiteral("InvoiceDate ge datetime'2026-10-01T00:00:00' and "
                                       "InvoiceDate lt datetime'2026-11-01T00:00:00'")));
    EXPECT_FALSE(matches(QStringLiteral("InvoiceDate lt datetime'2026-10-01T00:00:00'")));
    EXPECT_TRUE(matches(QStringLiteral("ID eq guid'00000000-0000-4000-8000-000000000009' or "
                                       "ID eq guid'AB000000-0000-4000-8000-000000000001'")));
    EXPECT_TRUE(matches(QStringLiteral("substringof('23', Code) and Status eq 20L")));
    EXPECT_TRUE(matches(QStringLiteral("Code ne null")));
}

TEST(ExactODataFilter, RefusalsInExactsWords) {
    EXPECT_EQ(
        refusal(QStringLiteral("ID eq 3")),
        QStringLiteral(
            "Operator 'eq' incompatible with operand types 'System.Guid' and 'System.Int32' at position 3."));
    EXPECT_EQ(refusal(QStringLiteral("Nope eq 1")),
              QStringLiteral("No property 'Nope' exists in type 'T' at position 0."));
    EXPECT_TRUE(refusal(QStringLiteral("Status eq")).startsWith(QStringLiteral("Expression expected")));
    EXPECT_TRUE(refusal(QStringLiteral("(Status eq 1")).contains(QStringLiteral("')' or operator expected")));
    EXPECT_TRUE(refusal(QStringLiteral("ID eq guid'xyz'"))
                    .contains(QStringLiteral("Unrecognized 'Edm.Guid' literal")));
}

class ExactFakeTest : public ExactFixture {};

TEST_F(ExactFakeTest, RefusesWhatRealExactRefuses) {
    const QString base = QStringLiteral("/api/v1/%1/").arg(Division);
    HttpResponse r = rawGet(base + QStringLiteral("purchase/PurchaseInvoices"));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(HttpClient::serverMessage(r.body),
              QStringLiteral("Please add a $select or a $top=1 statement to the query string."));
    // The rate-limit headers come with every division URL, errors included.
    EXPECT_EQ(r.header("X-RateLimit-Minutely-Limit"), "60");
    EXPECT_FALSE(r.header("X-RateLimit-Reset").isEmpty());

    EXPECT_EQ(rawGet(base + QStringLiteral("purchase/PurchaseInvoices?$top=1")).status, 200);
    r = rawGet(base + QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines?$top=1"));
    EXPECT_EQ(r.status, 400) << "bulk endpoints always need $select";

    r = rawGet(base + QStringLiteral("purchase/PurchaseInvoices?$select=ID&$skip=60"));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(HttpClient::serverMessage(r.body).contains(QStringLiteral("$skip")));

    r = rawGet(base + QStringLiteral("purchase/PurchaseInvoices?$select=ID,Bogus"));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(HttpClient::serverMessage(r.body).contains(QStringLiteral("'Bogus'")));

    r = rawGet(base + QStringLiteral("logistics/Items?$select=ID,Code"));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(HttpClient::serverMessage(r.body).startsWith(
        QStringLiteral("This endpoint has mandatory filtering")));
    EXPECT_EQ(
        rawGet(base + QStringLiteral("logistics/Items?$select=ID,Code&$filter=trim(Code) eq 'X'")).status,
        200);

    r = rawGet(base + QStringLiteral("purchase/PurchaseInvoices?$select=ID&$filter=ID eq 3"));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(
        HttpClient::serverMessage(r.body).contains(QStringLiteral("incompatible with operand types")));

    r = rawGet(base + QStringLiteral("purchase/PurchaseInvoices?$select=ID&$filter=") + QString(6000, u'x'));
    EXPECT_EQ(r.status, 414);

    r = rawGet(base + QStringLiteral("purchase/PurchaseInvoices?$select=ID"), false);
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(r.header("X-RateLimit-Minutely-Limit").isEmpty()) << "refused before the rate limiter";

    r = rawGet(QStringLiteral("/api/v1/999/purchase/PurchaseInvoices?$select=ID"));
    EXPECT_EQ(r.status, 403);
}

TEST_F(ExactFakeTest, EnvelopeMetadataDeferredAndDates) {
    data.purchaseInvoices.append(invoice(1, QDate(2026, 10, 26), 7, guid(0x3000, 1), 8033));
    const HttpResponse r =
        rawGet(QStringLiteral("/api/v1/%1/purchase/PurchaseInvoices?$select=ID,InvoiceDate,"
                              "Amount,PurchaseInvoiceLines")
                   .arg(Division));
    ASSERT_EQ(r.status, 200);
    const QJsonObject row =
        QJsonDocument::fromJson(r.body).object()["d"].toObject()["results"].toArray().first().toObject();
    EXPECT_EQ(row["InvoiceDate"].toString(), QStringLiteral("/Date(1792972800000)/")); // midnight UTC
    EXPECT_TRUE(row["Amount"].isDouble());
    EXPECT_EQ(row["__metadata"].toObject()["type"].toString(),
              QStringLiteral("Exact.Web.Api.Models.Purchase.PurchaseInvoice"));
    EXPECT_TRUE(row["PurchaseInvoiceLines"].toObject()["__deferred"].toObject()["uri"].toString().endsWith(
        QStringLiteral("/PurchaseInvoiceLines")));
    EXPECT_FALSE(row.contains(QStringLiteral("YourRef"))) << "only what $select asked for";
}

TEST_F(ExactFakeTest, MeHasNoDivisionAndNoRateLimitHeaders) {
    const HttpResponse r = rawGet(QStringLiteral("/api/v1/current/Me?$select=CurrentDivision,FullName"));
    ASSERT_EQ(r.status, 200);
    const QJsonObject me =
        QJsonDocument::fromJson(r.body).object()["d"].toObject()["results"].toArray()[0].toObject();
    EXPECT_EQ(me["CurrentDivision"].toInt(), Division);
    EXPECT_EQ(me["FullName"].toString(), QStringLiteral("Tess Tester"));
    EXPECT_TRUE(r.header("X-RateLimit-Minutely-Remaining").isEmpty());
}

TEST_F(ExactFakeTest, TokenAnswerCarriesExpiresInAsString) {
    const HttpResponse r = rawTokenPost(refreshBody(stored(QStringLiteral("exact.refresh_token"))));
    ASSERT_EQ(r.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    EXPECT_EQ(o["expires_in"], QJsonValue(QStringLiteral("600")));
    EXPECT_TRUE(o["refresh_token"].toString().contains(u'!'));
    // Wrong secret.
    const HttpResponse bad = rawTokenPost("grant_type=refresh_token&refresh_token=x&client_id=" +
                                          credentials.exactClientId.toUtf8() + "&client_secret=nope");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(HttpClient::serverMessage(bad.body),
              QStringLiteral("invalid_client: Invalid client credentials."));
}
