// issue 7, "bad data stops the run, never becomes a number", for ConnectWise: the fake serves one
// bad value (RawWire, raw JSON text byte for byte) and the read must fail naming ConnectWise,
// the endpoint, the record and the field, instead of reading 0 or an empty product (which made
// the planner "correct" quantities to 0 and create additions twice). A Link header whose next
// page is on another origin fails the read too.
#include "connectwise/CwNextLink.h"
#include "test_connectwise_fixture.h"

using namespace cwtest;

namespace {

enum class Read { Additions, OneAddition, Agreements, Companies, Catalog };

struct BadValue {
    Read read;
    const char* collection; // the fake's list pattern
    int id;                 // the record served with the bad value
    const char* record;     // what messages call it
    const char* field;
    const char* json; // raw JSON text; "" leaves the field out
};

std::ostream& operator<<(std::ostream& os, const BadValue& b) {
    return os << b.collection << ' ' << b.id << ' ' << b.field << '=' << (*b.json ? b.json : "(absent)");
}

class CwBadValueTest : public ConnectWiseTest, public ::testing::WithParamInterface<BadValue> {
protected:
    ApiError readError(Read read) {
        switch (read) {
        case Read::Additions:
            return apiError(client->additionsOfAgreements({100, 101}));
        case Read::OneAddition:
            return apiError(client->addition(100, 5001));
        case Read::Agreements:
            return apiError(client->agreementsOfCompanies({250, 251}));
        case Read::Companies:
            return apiError(client->activeCompanies());
        case Read::Catalog:
            return apiError(client->catalogItemsByIdentifier({QStringLiteral("M365-BP"), QStringLiteral("BACKUP-50")}));
        }
        return apiError(client->activeCompanies());
    }
};

TEST_P(CwBadValueTest, FailsTheReadNamingSystemEndpointRecordAndField) {
    const BadValue b = GetParam();
    fake->rawWire().setField(QLatin1String(b.collection), QString::number(b.id), QLatin1String(b.field),
                             QByteArray(b.json));
    const ApiError e = readError(b.read);
    const QString m = e.message();
    EXPECT_EQ(e.kind(), ApiError::Kind::Parse) << m.toStdString();
    const QString endpoint = b.read == Read::OneAddition ? QStringLiteral("finance/agreements/{id}/additions/{id}")
                             : b.read == Read::Additions ? QStringLiteral("finance/agreements/{id}/additions")
                                                         : QLatin1String(b.collection);
    EXPECT_TRUE(m.startsWith(QStringLiteral("ConnectWise GET ") + endpoint + QStringLiteral(" failed")))
        << m.toStdString();
    const QString record = QLatin1String(b.record);
    if (QLatin1String(b.field) == QLatin1String("id")) {
        const QString article = QStringLiteral("aeiou").contains(record.front()) ? QStringLiteral("an ") : QStringLiteral("a ");
        EXPECT_TRUE(m.contains(article + record + QStringLiteral(" has "))) << m.toStdString();
    } else {
        EXPECT_TRUE(m.contains(record + u' ' + QString::number(b.id))) << m.toStdString();
    }
    const QString what = *b.json ? QStringLiteral("has an unreadable %1 (").arg(QLatin1String(b.field))
                                 : QStringLiteral("has no %1").arg(QLatin1String(b.field));
    EXPECT_TRUE(m.contains(what)) << m.toStdString();
}

constexpr const char* kAdditions = "finance/agreements/{id}/additions";

const BadValue kBadValues[] = {
    // An addition's quantity and prices: null used to be read as 0 and "corrected".
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "null"},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "\"NaN\""},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "\"1,5\""},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "1e400"},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "{\"value\":5}"},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "[5]"},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", "false"},
    {Read::Additions, kAdditions, 5001, "addition", "quantity", ""},
    {Read::Additions, kAdditions, 5002, "addition", "unitCost", "null"},
    {Read::Additions, kAdditions, 5002, "addition", "unitCost", "\"7,50\""},
    {Read::Additions, kAdditions, 5002, "addition", "unitCost", ""},
    {Read::Additions, kAdditions, 5003, "addition", "unitPrice", "null"},
    {Read::Additions, kAdditions, 5003, "addition", "unitPrice", "-1e400"},
    // Its product: unreadable, the line looked unmatched and the addition was created again.
    {Read::Additions, kAdditions, 5001, "addition", "product", "null"},
    {Read::Additions, kAdditions, 5001, "addition", "product/id", "null"},
    {Read::Additions, kAdditions, 5001, "addition", "product/id", "\"eight\""},
    {Read::Additions, kAdditions, 5001, "addition", "product/id", "0"},
    {Read::Additions, kAdditions, 5001, "addition", "product/id", ""},
    {Read::Additions, kAdditions, 5001, "addition", "product/identifier", "null"},
    {Read::Additions, kAdditions, 5001, "addition", "product/identifier", "\"\""},
    {Read::Additions, kAdditions, 5001, "addition", "product/identifier", "{}"},
    {Read::Additions, kAdditions, 5002, "addition", "id", "null"},
    {Read::Additions, kAdditions, 5002, "addition", "id", "\"x\""},
    {Read::Additions, kAdditions, 5002, "addition", "id", "1.5"},
    {Read::Additions, kAdditions, 5002, "addition", "id", "-3"},
    {Read::Additions, kAdditions, 5002, "addition", "agreementId", "\"a hundred\""},
    // Dates may be null, never garbage.
    {Read::Additions, kAdditions, 5001, "addition", "effectiveDate", "\"garbage\""},
    {Read::Additions, kAdditions, 5001, "addition", "effectiveDate", "\"2026-13-45T00:00:00Z\""},
    {Read::Additions, kAdditions, 5001, "addition", "effectiveDate", "\"2026-01-01junk\""},
    {Read::Additions, kAdditions, 5001, "addition", "effectiveDate", "20260101"},
    {Read::Additions, kAdditions, 5001, "addition", "cancelledDate", "\"yesterday\""},
    {Read::Additions, kAdditions, 5001, "addition", "cancelledDate", "{}"},
    // The re-read before a push.
    {Read::OneAddition, kAdditions, 5001, "addition", "quantity", "null"},
    {Read::OneAddition, kAdditions, 5001, "addition", "product/identifier", ""},
    // Agreements.
    {Read::Agreements, "finance/agreements", 100, "agreement", "id", "\"hundred\""},
    {Read::Agreements, "finance/agreements", 100, "agreement", "company/id", "null"},
    {Read::Agreements, "finance/agreements", 100, "agreement", "company/id", "\"ACME\""},
    {Read::Agreements, "finance/agreements", 100, "agreement", "company", ""},
    {Read::Agreements, "finance/agreements", 100, "agreement", "startDate", "\"soon\""},
    {Read::Agreements, "finance/agreements", 101, "agreement", "endDate", "5"},
    {Read::Agreements, "finance/agreements", 100, "agreement", "agreementStatus", "null"},
    {Read::Agreements, "finance/agreements", 100, "agreement", "agreementStatus", ""},
    {Read::Agreements, "finance/agreements", 100, "agreement", "agreementStatus", "{\"name\":\"Active\"}"},
    {Read::Agreements, "finance/agreements", 101, "agreement", "cancelledFlag", "\"maybe\""},
    // Companies.
    {Read::Companies, "company/companies", 250, "company", "id", "null"},
    {Read::Companies, "company/companies", 250, "company", "id", "\"ACME\""},
    {Read::Companies, "company/companies", 251, "company", "deletedFlag", "\"perhaps\""},
    {Read::Companies, "company/companies", 251, "company", "identifier", "{}"},
    // Catalog items: a price or cost that is there must be a number.
    {Read::Catalog, "procurement/catalog", 812, "catalog item", "id", "\"x812\""},
    {Read::Catalog, "procurement/catalog", 812, "catalog item", "identifier", "null"},
    {Read::Catalog, "procurement/catalog", 813, "catalog item", "price", "\"abc\""},
    {Read::Catalog, "procurement/catalog", 813, "catalog item", "price", "1e400"},
    {Read::Catalog, "procurement/catalog", 813, "catalog item", "cost", "\"1,5\""},
    {Read::Catalog, "procurement/catalog", 813, "catalog item", "cost", "{}"},
};

INSTANTIATE_TEST_SUITE_P(EveryBadValue, CwBadValueTest, ::testing::ValuesIn(kBadValues));

// What is allowed stays allowed: null dates are "not set", a catalog item without a price or
// cost has 0 ("no price" to the planner).
class CwBadDataTest : public ConnectWiseTest {};

TEST_F(CwBadDataTest, NullDatesAndMissingCatalogPricesStillRead) {
    RawWire& raw = fake->rawWire();
    raw.setField(QLatin1String(kAdditions), QStringLiteral("5001"), QStringLiteral("effectiveDate"), "null");
    raw.setField(QLatin1String(kAdditions), QStringLiteral("5001"), QStringLiteral("cancelledDate"), "null");
    raw.setField(QStringLiteral("procurement/catalog"), QStringLiteral("812"), QStringLiteral("price"), "null");
    raw.setField(QStringLiteral("procurement/catalog"), QStringLiteral("812"), QStringLiteral("cost"), "");
    raw.setField(QStringLiteral("finance/agreements"), QStringLiteral("100"), QStringLiteral("endDate"), "null");
    const QList<Addition> additions = runSync(client->additions(100));
    ASSERT_EQ(additions.size(), 2);
    EXPECT_FALSE(additions[0].effectiveDate.isValid());
    EXPECT_FALSE(additions[0].cancelledDate.isValid());
    EXPECT_EQ(additions[0].quantity, dec("5"));
    const QList<CatalogItem> items = runSync(client->catalogItems());
    ASSERT_EQ(items.size(), 2);
    EXPECT_TRUE(items[0].price.isZero());
    EXPECT_TRUE(items[0].cost.isZero());
    EXPECT_EQ(items[1].price, dec("9.95"));
    EXPECT_FALSE(runSync(client->agreements()).first().endDate.isValid());
}

// ---- paging: the Link header ---------------------------------------------------------------

TEST_F(CwBadDataTest, ALinkToAnotherOriginFailsTheRead) {
    const QString site = server.baseUrl().toString();
    const QStringList foreign{
        QStringLiteral("http://evil.example/v2025_1/apis/3.0/finance/agreements/100/additions?page=2"),
        QStringLiteral("http://127.0.0.1:1/v2025_1/apis/3.0/finance/agreements/100/additions?page=2"),
        QStringLiteral("https://127.0.0.1:%1/v2025_1/apis/3.0/finance/agreements/100/additions?page=2")
            .arg(server.port())};
    for (const QString& link : foreign) {
        fake->rawWire().clear();
        fake->rawWire().setHeader(QLatin1String(kAdditions), "Link",
                                  ('<' + link + QStringLiteral(">; rel=\"next\"")).toUtf8());
        const ApiError e = apiError(client->additions(100));
        EXPECT_EQ(e.kind(), ApiError::Kind::Parse);
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("ConnectWise GET finance/agreements/{id}/additions failed")))
            << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("not to connectwise/site"))) << e.what();
    }
    // A next link without a page number cannot be paged by: fail rather than stop early.
    fake->rawWire().clear();
    fake->rawWire().setHeader(QLatin1String(kAdditions), "Link",
                              ('<' + site + QStringLiteral("/v2025_1/apis/3.0/finance/agreements/100/additions?pageId=9>; rel=\"next\"")).toUtf8());
    EXPECT_TRUE(apiError(client->additions(100)).message().contains(QStringLiteral("has no page number")));
    // On the site itself (absolute or relative), a next link is fine.
    for (const QString& link : {site + QStringLiteral("/v2025_1/apis/3.0/finance/agreements/100/additions?page=2"),
                                QStringLiteral("additions?page=2")}) {
        fake->rawWire().clear();
        fake->rawWire().setHeader(QLatin1String(kAdditions), "Link", ('<' + link + QStringLiteral(">; rel=\"next\"")).toUtf8());
        EXPECT_EQ(runSync(client->additions(100)).size(), 2) << link.toStdString();
    }
}

TEST(CwNextLink, TheCloudLoginHostCountsAsTheSite) {
    const QUrl site(QStringLiteral("https://api-eu.myconnectwise.net"));
    EXPECT_TRUE(CwNextLink::onSite(QUrl(QStringLiteral("https://eu.myconnectwise.net/v2025_1/apis/3.0/x?page=2")), site));
    EXPECT_TRUE(CwNextLink::onSite(QUrl(QStringLiteral("https://API-EU.myconnectwise.net:443/x")), site));
    EXPECT_FALSE(CwNextLink::onSite(QUrl(QStringLiteral("https://na.myconnectwise.net/x")), site));
    EXPECT_FALSE(CwNextLink::onSite(QUrl(QStringLiteral("http://eu.myconnectwise.net/x")), site));
    EXPECT_FALSE(CwNextLink::onSite(QUrl(QStringLiteral("https://eu.myconnectwise.net.evil.example/x")), site));
    EXPECT_EQ(CwNextLink::page("<https://eu.myconnectwise.net/a?pageSize=1000&page=3>; rel=\"next\"", site, site,
                               QStringLiteral("GET x"))
                  .value_or(-1),
              3);
    EXPECT_FALSE(CwNextLink::page("<https://eu.myconnectwise.net/a?page=1>; rel=\"first\"", site, site, QStringLiteral("GET x"))
                     .has_value());
}

} // namespace
