// issue 7, "bad data stops the run, never becomes a number", for Exact Online: the fake serves
// one bad value (RawWire: the raw JSON text goes out byte for byte) and loading the month must
// fail with a message naming Exact Online, the endpoint, the record and the field, instead of
// reading 0, skipping the invoice or stopping early. Envelope and paging faults fail the load
// too, and a __next to another origin is never followed with the bearer token.
#include "exact/InvoiceSource.h"
#include "exact/ODataPage.h"
#include "errors/ApiError.h"
#include "sandbox/SandboxServer.h"
#include "test_exact_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace exacttest;

namespace {

const QDate kMonth(2026, 10, 1);

// One invoice with one line on each side, its item and its account.
class ExactBadDataFixture : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        if (HasFatalFailure())
            return;
        data.accounts = {{guid(0x3000, 1), QStringLiteral("                A1"), QStringLiteral("Acme B.V.")}};
        data.items = {{guid(0x4000, 1), QStringLiteral("CLOUD-BACKUP"), QStringLiteral("Backup"), dec("4")}};
        data.projects = {{guid(0x5000, 1), QStringLiteral("PRJ-ACME"), QStringLiteral("Acme project")}};
        ExactInvoice purchase = invoice(1, QDate(2026, 10, 15), 101, guid(0x3000, 1), 8033);
        purchase.lines = {line(1, 1, guid(0x4000, 1), "3", "10", "0", QStringLiteral("ACME"))};
        ExactInvoice sales = invoice(2, QDate(2026, 10, 15), 201, guid(0x3000, 1), 8020);
        sales.lines = {line(2, 1, guid(0x4000, 1), "3", "10", "0", QStringLiteral("ACME"))};
        purchase.lines[0].project = sales.lines[0].project = guid(0x5000, 1);
        data.purchaseInvoices = {purchase};
        data.salesInvoices = {sales};
    }
    // The account rule reads crm/Accounts; the project rule project/Projects.
    void useSource(const QString& source, const QString& rule = QStringLiteral("account")) {
        configure({{QStringLiteral("exact/source"), source}, {QStringLiteral("exact/customer_key"), rule}});
    }
    QList<InvoiceLine> load() { return runSync(exact().loadMonth(kMonth)); }
    // The ApiError the load ends in; fails the test when it ends otherwise.
    ApiError loadError() {
        try {
            const QList<InvoiceLine> lines = load();
            ADD_FAILURE() << "the month loaded (" << lines.size() << " lines, first quantity "
                          << (lines.isEmpty() ? "-" : lines.first().quantity.toString().toStdString()) << ")";
        } catch (const ApiError& e) {
            return e;
        } catch (const std::exception& e) {
            ADD_FAILURE() << "expected an ApiError, got: " << e.what();
        }
        return ApiError(ApiError::Kind::Http, {}, {}, 0, {});
    }
};

struct BadValue {
    const char* source;     // "purchase" or "sales"
    const char* collection; // the entity set serving the bad value
    const char* record;     // "line", "invoice", "item", "account", "project"
    const char* field;
    const char* json; // raw JSON text served; "" leaves the field out
    const char* also = nullptr; // a second field served as null first (NetPrice for UnitPrice)
};

std::ostream& operator<<(std::ostream& os, const BadValue& b) {
    return os << b.source << ' ' << b.collection << ' ' << b.field << '=' << (*b.json ? b.json : "(absent)");
}

class ExactBadValueTest : public ExactBadDataFixture, public ::testing::WithParamInterface<BadValue> {
protected:
    // The key of the record that carries the bad value.
    QString recordKey(const BadValue& b) const {
        const bool purchase = QLatin1String(b.source) == QLatin1String("purchase");
        const QString r = QLatin1String(b.record);
        if (r == u"line")
            return purchase ? data.purchaseInvoices[0].lines[0].id : data.salesInvoices[0].lines[0].id;
        if (r == u"invoice")
            return purchase ? data.purchaseInvoices[0].id : data.salesInvoices[0].id;
        if (r == u"item")
            return data.items[0].id;
        if (r == u"project")
            return data.projects[0].id;
        return data.accounts[0].id;
    }
};

TEST_P(ExactBadValueTest, FailsTheMonthNamingSystemEndpointRecordAndField) {
    const BadValue b = GetParam();
    const bool project = QLatin1String(b.record) == QLatin1String("project");
    useSource(QLatin1String(b.source), project ? QStringLiteral("project") : QStringLiteral("account"));
    const QString key = recordKey(b);
    if (b.also)
        fake->rawWire().setField(QLatin1String(b.collection), key, QLatin1String(b.also), "null");
    fake->rawWire().setField(QLatin1String(b.collection), key, QLatin1String(b.field), QByteArray(b.json));
    const ApiError e = loadError();
    const QString m = e.message();
    EXPECT_EQ(e.kind(), ApiError::Kind::Parse) << m.toStdString();
    EXPECT_TRUE(m.startsWith(QStringLiteral("Exact Online GET ") + QLatin1String(b.collection) + u' ')) << m.toStdString();
    const bool idField = QLatin1String(b.field) == QLatin1String("ID") ||
                         (QLatin1String(b.record) == QLatin1String("invoice") && QLatin1String(b.field) == QLatin1String("InvoiceID"));
    const QString record = QLatin1String(b.record);
    const QString article = QStringLiteral("aeiou").contains(record.front()) ? QStringLiteral("an ") : QStringLiteral("a ");
    if (idField)
        EXPECT_TRUE(m.contains(article + record + QStringLiteral(" has "))) << m.toStdString();
    else
        EXPECT_TRUE(m.contains(QLatin1String(b.record) + u' ' + key)) << m.toStdString();
    const QString what = *b.json ? QStringLiteral("has an unreadable %1 (").arg(QLatin1String(b.field))
                                 : QStringLiteral("has no %1").arg(QLatin1String(b.field));
    EXPECT_TRUE(m.contains(what)) << m.toStdString();
}

// Every value that used to become 0, an empty text, or a skipped invoice.
const BadValue kBadValues[] = {
    // Quantity: the issue's five, and the rest of what is no finite number in range.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "null"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\"NaN\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\"1,5\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "1e400"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "{\"value\":3}"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", ""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "[3]"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "true"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\"\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\" 3 \""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\"inf\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\"0x10\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "\"1e400\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "-1e300"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Quantity", "9300000000000"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "Quantity", "null"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "Quantity", "\"NaN\""},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "Quantity", "\"1,5\""},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "Quantity", "1e400"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "Quantity", "{}"},
    // The amount.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Amount", "null"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Amount", "\"12,50\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Amount", ""},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "AmountDC", "null"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "AmountDC", "1e400"},
    // The price: a NetPrice that is there must be read (no quiet fall back to UnitPrice), and
    // when NetPrice is null the UnitPrice must be.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "NetPrice", "\"1,5\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "NetPrice", "{}"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "NetPrice", "1e400"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "UnitPrice", "null", "NetPrice"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "UnitPrice", "\"abc\"", "NetPrice"},
    // Ids are GUIDs; optional references may be null but not garbage.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "ID", "\"not-a-guid\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "ID", "12"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "ID", "null"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "InvoiceID", "null"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "InvoiceID", "\"x\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Item", "\"CLOUD-BACKUP\""},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "LineNumber", "\"one\""},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "LineNumber", "1.5"},
    // Text a customer rule may match on: null is empty, an object is no text.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Description", "{\"text\":\"[Acme]\"}"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "CostCenter", "[\"ACME\"]"},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "ItemCode", "{}"},
    // Headers: a missing or unreadable InvoiceDate no longer drops the invoice unseen.
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", "null"},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", ""},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", "\"yesterday\""},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", "\"/Date(abc)/\""},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", "\"/Date(\\u0661\\u0662)/\""},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", "\"/Date(99999999999999999999)/\""},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "InvoiceDate", "1792022400000"},
    {"sales", "salesinvoice/SalesInvoices", "invoice", "InvoiceDate", "null"},
    {"sales", "salesinvoice/SalesInvoices", "invoice", "InvoiceDate", "\"2026-13-45\""},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "ID", "\"x\""},
    {"sales", "salesinvoice/SalesInvoices", "invoice", "InvoiceID", "42"},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "Supplier", "\"ACME\""},
    {"sales", "salesinvoice/SalesInvoices", "invoice", "InvoiceTo", "{}"},
    // The lookups that give the item code and the customer.
    {"purchase", "logistics/Items", "item", "ID", "\"x\""},
    {"purchase", "logistics/Items", "item", "Code", "null"},
    {"purchase", "logistics/Items", "item", "Code", "{}"},
    {"purchase", "crm/Accounts", "account", "ID", "7"},
    {"purchase", "crm/Accounts", "account", "Code", "[]"},
    {"sales", "crm/Accounts", "account", "Name", "{}"},
    // Project is an Edm.Guid (issue 8): a code where the GUID belongs is bad data, not a key.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "Project", "\"PRJ-ACME\""},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "Project", "42"},
    {"purchase", "project/Projects", "project", "ID", "\"PRJ-ACME\""},
    {"purchase", "project/Projects", "project", "Code", "null"},
    {"sales", "project/Projects", "project", "Code", "\"  \""},
    {"sales", "project/Projects", "project", "Description", "{}"},
    // VAT and currency decide the compared price (issue 8): no guess when they are unreadable.
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "VATCode", "{}"},
    {"purchase", "purchase/PurchaseInvoiceLines", "line", "VATPercentage", "\"21%\""},
    {"sales", "bulk/SalesInvoice/SalesInvoiceLines", "line", "VATPercentage", "-0.21"},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "ExchangeRate", "null"},
    {"purchase", "purchase/PurchaseInvoices", "invoice", "ExchangeRate", "0"},
    {"sales", "salesinvoice/SalesInvoices", "invoice", "AmountFC", "\"1,5\""},
    {"sales", "salesinvoice/SalesInvoices", "invoice", "AmountDC", ""},
};

INSTANTIATE_TEST_SUITE_P(EveryBadValue, ExactBadValueTest, ::testing::ValuesIn(kBadValues));

// What is allowed stays allowed: a null NetPrice falls back to UnitPrice, a number sent as
// text is read exactly, a null reference is empty, a valid date outside the month is skipped.
TEST_F(ExactBadDataFixture, ValidEdgesStillLoad) {
    useSource(QStringLiteral("purchase"));
    const QString lineId = data.purchaseInvoices[0].lines[0].id;
    RawWire& raw = fake->rawWire();
    raw.setField(QStringLiteral("purchase/PurchaseInvoiceLines"), lineId, QStringLiteral("NetPrice"), "null");
    raw.setField(QStringLiteral("purchase/PurchaseInvoiceLines"), lineId, QStringLiteral("UnitPrice"), "\"9.75\"");
    raw.setField(QStringLiteral("purchase/PurchaseInvoiceLines"), lineId, QStringLiteral("Quantity"), "\"2.5\"");
    raw.setField(QStringLiteral("purchase/PurchaseInvoiceLines"), lineId, QStringLiteral("LineNumber"), "null");
    raw.setField(QStringLiteral("purchase/PurchaseInvoiceLines"), lineId, QStringLiteral("Description"), "null");
    const QList<InvoiceLine> lines = load();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].unitPrice, dec("9.75"));
    EXPECT_EQ(lines[0].quantity, dec("2.5"));
    EXPECT_EQ(lines[0].lineNumber, 0);
    EXPECT_TRUE(lines[0].description.isEmpty());
    EXPECT_EQ(lines[0].customerKey, QStringLiteral("A1"));

    raw.clear(); // a valid date outside the month: the server's boundary, skipped as before
    raw.setField(QStringLiteral("purchase/PurchaseInvoices"), data.purchaseInvoices[0].id,
                 QStringLiteral("InvoiceDate"), "\"/Date(1790726400000)/\""); // 2026-09-30
    EXPECT_TRUE(load().isEmpty());
}

// ---- the envelope and paging ---------------------------------------------------------------

struct BadEnvelope {
    const char* member;
    const char* json;
    const char* says;
};

std::ostream& operator<<(std::ostream& os, const BadEnvelope& b) {
    return os << b.member << '=' << b.json;
}

class ExactBadEnvelopeTest : public ExactBadDataFixture, public ::testing::WithParamInterface<BadEnvelope> {};

TEST_P(ExactBadEnvelopeTest, FailsTheMonthInsteadOfEndingItEarlyOrEmpty) {
    const BadEnvelope b = GetParam();
    useSource(QStringLiteral("purchase"));
    fake->rawWire().setEnvelope(QStringLiteral("purchase/PurchaseInvoices"), QLatin1String(b.member), b.json);
    const ApiError e = loadError();
    EXPECT_EQ(e.kind(), ApiError::Kind::Parse);
    EXPECT_TRUE(e.message().startsWith(QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed")))
        << e.what();
    EXPECT_TRUE(e.message().contains(QLatin1String(b.says))) << e.what();
}

const BadEnvelope kBadEnvelopes[] = {
    {"results", "{\"ID\":\"x\"}", "\"results\" is not a list"},
    {"results", "\"none\"", "\"results\" is not a list"},
    {"results", "null", "\"results\" is not a list"},
    {"results", "0", "\"results\" is not a list"},
    {"results", "[1]", "element 1 of the page's \"results\" is not a record"},
    {"results", "[null]", "element 1 of the page's \"results\" is not a record"},
    {"__next", "5", "__next link is not text"},
    {"__next", "{\"uri\":\"x\"}", "__next link is not text"},
    {"__next", "[\"x\"]", "__next link is not text"},
    {"__next", "true", "__next link is not text"},
};

INSTANTIATE_TEST_SUITE_P(EveryBadEnvelope, ExactBadEnvelopeTest, ::testing::ValuesIn(kBadEnvelopes));

TEST_F(ExactBadDataFixture, AnEmptyOrNullNextEndsTheListAsTheLastPage) {
    useSource(QStringLiteral("purchase"));
    for (const char* json : {"\"\"", "null"}) {
        fake->rawWire().clear();
        fake->rawWire().setEnvelope(QStringLiteral("purchase/PurchaseInvoices"), QStringLiteral("__next"), json);
        EXPECT_EQ(load().size(), 1) << json;
    }
}

// A __next to another origin is refused before any request goes there: the bearer token stays
// with exact/base_url. The "other origin" is a real server that counts what reaches it.
TEST_F(ExactBadDataFixture, ANextToAnotherOriginIsNeverFollowed) {
    useSource(QStringLiteral("purchase"));
    SpyService elsewhere;
    int reached = 0;
    elsewhere.observe = [&](const SandboxRequest&) { ++reached; };
    elsewhere.answer = [](const SandboxRequest&) -> std::optional<SandboxResponse> {
        return SandboxResponse::json(200, QByteArray(R"({"d":{"results":[]}})"));
    };
    SandboxServer other;
    other.addService(&elsewhere);
    ASSERT_TRUE(other.listen());
    const QString rest = QStringLiteral("/api/v1/%1/purchase/PurchaseInvoices?$skiptoken=guid'x'").arg(Division);
    const QUrl own = server->baseUrl();
    const QStringList links{
        other.baseUrl().toString() + rest,                                            // another port
        QStringLiteral("http://localhost:%1").arg(own.port()) + rest,                 // another host name
        QStringLiteral("https://127.0.0.1:%1").arg(own.port()) + rest,                // another scheme
        QStringLiteral("//127.0.0.1:%1").arg(other.port()) + rest,                    // scheme-relative
    };
    for (const QString& link : links) {
        fake->rawWire().clear();
        fake->rawWire().setEnvelope(QStringLiteral("purchase/PurchaseInvoices"), QStringLiteral("__next"),
                                    QJsonDocument(QJsonArray{link}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        const ApiError e = loadError();
        EXPECT_TRUE(e.message().contains(QStringLiteral("it was not followed"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("not to exact/base_url"))) << e.what();
    }
    EXPECT_EQ(reached, 0) << "a request (with the bearer token) went to another origin";
}

TEST(ODataPage, AnAnswerWithoutADObjectIsRefused) {
    for (const char* body : {R"({"results":[]})", R"({"d":[{"ID":"x"}]})", R"({"d":null})", R"({"d":"page"})"}) {
        try {
            il::ODataPage::read(QJsonDocument::fromJson(body).object(), QStringLiteral("Exact Online"),
                                QStringLiteral("GET crm/Accounts"));
            ADD_FAILURE() << "read: " << body;
        } catch (const ApiError& e) {
            EXPECT_TRUE(e.message().startsWith(QStringLiteral("Exact Online GET crm/Accounts failed")));
            EXPECT_TRUE(e.message().contains(QStringLiteral("no OData \"d\" object"))) << e.what();
        }
    }
}

} // namespace
