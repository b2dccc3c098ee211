// The OData reader through the real client over loopback: paging at every page-size boundary,
// absolute and relative __next, URL length, rate limits, and failures named clearly.
#include "exact/ODataReader.h"
#include "errors/ApiError.h"
#include "test_exact_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace exacttest;

namespace {

class ExactReaderTest : public ExactFixture {
protected:
    void addPurchaseInvoices(int n, QDate date = QDate(2026, 10, 15)) {
        for (int i = 0; i < n; ++i)
            data.purchaseInvoices.append(invoice(i + 1, date, 1000 + i, guid(0x3000, 1), 8033));
    }
    // One sales invoice with n lines (bulk endpoint, 1000 per page).
    void addSalesLines(int n) {
        ExactInvoice inv = invoice(1, QDate(2026, 10, 15), 1, guid(0x3000, 1), 8020);
        for (int i = 0; i < n; ++i)
            inv.lines.append(line(i + 1, i + 1, guid(0x4000, 1), "1", "10"));
        data.salesInvoices.append(inv);
    }
    int calls(const QString& endpoint) const { return http.calls().count(endpoint); }
};

TEST_F(ExactReaderTest, PagesRegularEndpointAcrossEveryBoundary) {
    for (int n : {0, 59, 60, 61, 120, 121}) {
        data.purchaseInvoices.clear();
        addPurchaseInvoices(n);
        http.calls().reset();
        const QList<QJsonObject> rows =
            runSync(exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"),
                                          {QStringLiteral("ID"), QStringLiteral("InvoiceDate")},
                                          QStringLiteral("InvoiceDate ge datetime'2026-10-01T00:00:00'")));
        EXPECT_EQ(rows.size(), n);
        QSet<QString> ids;
        for (const QJsonObject& r : rows)
            ids.insert(r.value(u"ID").toString());
        EXPECT_EQ(ids.size(), n) << "no record twice, none lost";
        // The absolute __next is followed; an exact multiple of 60 ends without a further page.
        EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoices")), std::max(1, int(std::ceil(n / 60.0))))
            << n;
    }
}

TEST_F(ExactReaderTest, PagesBulkEndpointAcrossEveryBoundary) {
    for (int n : {999, 1000, 1001}) {
        data.salesInvoices.clear();
        addSalesLines(n);
        http.calls().reset();
        const QList<QJsonObject> rows =
            runSync(exact().reader().listByGuids(QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines"),
                                                 {QStringLiteral("ID"), QStringLiteral("InvoiceID")},
                                                 QStringLiteral("InvoiceID"), {guid(0x1000, 1)}, 100));
        EXPECT_EQ(rows.size(), n);
        // The path-relative __next ("SalesInvoiceLines?…") is resolved against the request URL.
        EXPECT_EQ(calls(QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines")), n > 1000 ? 2 : 1) << n;
    }
}

TEST_F(ExactReaderTest, FollowsDotDotRelativeNext) {
    ExactInvoice inv = invoice(1, QDate(2026, 10, 15), 1, guid(0x3000, 1), 8033);
    for (int i = 0; i < 61; ++i)
        inv.lines.append(line(i + 1, i + 1, guid(0x4000, 1), "1", "10"));
    data.purchaseInvoices.append(inv);
    const QList<QJsonObject> rows = runSync(
        exact().reader().listByGuids(QStringLiteral("purchase/PurchaseInvoiceLines"), {QStringLiteral("ID")},
                                     QStringLiteral("InvoiceID"), {inv.id}, 100));
    EXPECT_EQ(rows.size(), 61);
    EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoiceLines")), 2);
}

TEST(ExactODataReader, ResolvesEveryNextForm) {
    const QUrl request(QStringLiteral(
        "https://start.exactonline.nl/api/v1/42/bulk/SalesInvoice/SalesInvoiceLines?$select=ID"));
    EXPECT_EQ(ODataReader::resolveNext(
                  request, QStringLiteral("https://start.exactonline.nl/api/v1/42/x?$skiptoken=guid'a'"))
                  .toString(),
              QStringLiteral("https://start.exactonline.nl/api/v1/42/x?$skiptoken=guid'a'"));
    EXPECT_EQ(
        ODataReader::resolveNext(request, QStringLiteral("../api/v1/42/crm/Accounts?$skiptoken=guid'a'"))
            .toString(),
        QStringLiteral("https://start.exactonline.nl/api/v1/42/crm/Accounts?$skiptoken=guid'a'"));
    EXPECT_EQ(
        ODataReader::resolveNext(request, QStringLiteral("/api/v1/42/crm/Accounts?$skiptoken=1")).toString(),
        QStringLiteral("https://start.exactonline.nl/api/v1/42/crm/Accounts?$skiptoken=1"));
    EXPECT_EQ(
        ODataReader::resolveNext(request, QStringLiteral("SalesInvoiceLines?$skiptoken=guid'b'")).toString(),
        QStringLiteral(
            "https://start.exactonline.nl/api/v1/42/bulk/SalesInvoice/SalesInvoiceLines?$skiptoken=guid'b'"));
}

TEST_F(ExactReaderTest, LongIdListsAreSplitUnderTheUrlLimit) {
    QStringList ids;
    for (int i = 0; i < 500; ++i)
        ids << guid(0x1000, i + 1);
    addPurchaseInvoices(500);
    const QStringList select{QStringLiteral("ID"), QStringLiteral("InvoiceDate")};
    const QStringList batches = exact().reader().guidBatches(QStringLiteral("purchase/PurchaseInvoices"),
                                                             select, QStringLiteral("ID"), ids, 10000);
    EXPECT_GT(batches.size(), 5);
    for (const QString& f : batches.mid(0, batches.size() - 1)) {
        const QUrl u = exact().reader().url(
            QStringLiteral("%1/purchase/PurchaseInvoices").arg(Division),
            {{QStringLiteral("$select"), select.join(u',')}, {QStringLiteral("$filter"), f}});
        EXPECT_LT(u.toEncoded().size(), ODataReader::MaxUrlLength - ODataReader::NextLinkReserve + 1);
        EXPECT_GT(u.toEncoded().size(), 5000) << "batches are filled, not tiny";
    }
    // The fake refuses URLs over 6,000 characters (414), so a full answer proves every call fit.
    const QList<QJsonObject> rows = runSync(exact().reader().listByGuids(
        QStringLiteral("purchase/PurchaseInvoices"), select, QStringLiteral("ID"), ids, 10000));
    EXPECT_EQ(rows.size(), 500);
    EXPECT_FALSE(batches.join(QString()).contains(QStringLiteral("$skip")));
}

TEST_F(ExactReaderTest, MissingSelectIsRefusedAndNotRetried) {
    try {
        runSync(exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"), {}, {}));
        FAIL() << "accepted";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.status(), 400);
        EXPECT_EQ(e.message(),
                  QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed: HTTP 400 — Please "
                                 "add a $select or a $top=1 statement to the query string."));
    }
    EXPECT_EQ(fake->rateLimiter().maxServedInOneWindow(), 1);
    EXPECT_EQ(server->count(QStringLiteral("exact purchase/PurchaseInvoices")), 1)
        << "a 4xx is never retried";
}

TEST_F(ExactReaderTest, WaitsFor429ResetAndNeverExceedsTheWindow) {
    fake->setRateLimit(5, 1000);
    // 12 pages: however the windows fall, one of them would need more than 5 calls.
    addPurchaseInvoices(12 * 60 - 10);
    QList<std::chrono::milliseconds> waits;
    QObject::connect(&http, &HttpClient::rateLimitWait, [&](auto w) { waits << w; });
    const QList<QJsonObject> rows =
        runSync(exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"), {QStringLiteral("ID")},
                                      QStringLiteral("InvoiceDate ge datetime'2026-10-01T00:00:00'")));
    EXPECT_EQ(rows.size(), 12 * 60 - 10);
    EXPECT_LE(fake->rateLimiter().maxServedInOneWindow(), 5);
    // The client waits when X-RateLimit-Minutely-Remaining reaches 0, so at most a window-edge race gives a
    // 429.
    EXPECT_LE(fake->rateLimiter().refused(), 1);
    EXPECT_GE(waits.size(), 1);
    EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoices")), 12 + fake->rateLimiter().refused());
}

TEST_F(ExactReaderTest, A429IsWaitedOutThenRetried) {
    fake->setRateLimit(2, 1000);
    addPurchaseInvoices(1);
    // Another program of the same app used up the window: the next call meets a 429.
    const QString path = QStringLiteral("/api/v1/%1/system/Divisions?$select=Code").arg(Division);
    for (;;) { // until the window is used up with time to spare before its reset
        const HttpResponse r = rawGet(path);
        const qint64 left =
            r.header("X-RateLimit-Minutely-Reset").toLongLong() - QDateTime::currentMSecsSinceEpoch();
        if (r.status == 200 && r.header("X-RateLimit-Minutely-Remaining") == "0" && left > 300)
            break;
    }
    const QList<QJsonObject> rows = runSync(
        exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"), {QStringLiteral("ID")}, {}));
    EXPECT_EQ(rows.size(), 1);
    EXPECT_GE(fake->rateLimiter().refused(), 1);
    EXPECT_LE(fake->rateLimiter().maxServedInOneWindow(), 2);
}

TEST_F(ExactReaderTest, MalformedJsonNamesSystemAndEndpoint) {
    spy.answer = [](const SandboxRequest& r) -> std::optional<SandboxResponse> {
        if (!r.path.endsWith(QStringLiteral("purchase/PurchaseInvoices")))
            return std::nullopt;
        return SandboxResponse::json(200, QByteArray(R"({"d":{"results":[{"ID":"x",})"));
    };
    try {
        runSync(
            exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"), {QStringLiteral("ID")}, {}));
        FAIL() << "accepted";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.kind(), ApiError::Kind::Parse);
        EXPECT_TRUE(e.message().startsWith(
            QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed: HTTP 200, "
                           "unreadable response — malformed JSON")))
            << e.what();
    }
}

TEST_F(ExactReaderTest, ServerErrorIsRetriedThenNamed) {
    server->addFault({QStringLiteral("purchase/PurchaseInvoices"), 500, 0, false, false, -1});
    try {
        runSync(
            exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"), {QStringLiteral("ID")}, {}));
        FAIL() << "accepted";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed: HTTP 500 — "
                                              "Injected fault: HTTP 500"));
    }
    EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoices")), 1 + fastPolicy().maxRetries);
}

TEST_F(ExactReaderTest, ForbiddenDivisionNamesExactsReason) {
    configure({{QStringLiteral("exact/division"), QStringLiteral("999")}});
    try {
        runSync(
            exact().reader().list(QStringLiteral("purchase/PurchaseInvoices"), {QStringLiteral("ID")}, {}));
        FAIL() << "accepted";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.kind(), ApiError::Kind::Auth);
        EXPECT_EQ(e.message(), QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed: HTTP 403 — "
                                              "Forbidden - User division is not within division scope"));
    }
    EXPECT_EQ(server->count(QStringLiteral("exact purchase/PurchaseInvoices")), 1);
}

TEST_F(ExactReaderTest, AcceptsSingleObjectEnvelope) {
    spy.answer = [](const SandboxRequest& r) -> std::optional<SandboxResponse> {
        if (!r.path.endsWith(QStringLiteral("crm/Accounts(guid'00000001-0000-4000-8000-000000000001')")))
            return std::nullopt;
        return SandboxResponse::json(
            200, QByteArray(R"({"d":{"__metadata":{"uri":"x","type":"Exact.Web.Api.Models.CRM.Account"},)"
                            R"("ID":"00000001-0000-4000-8000-000000000001","Name":"Acme",)"
                            R"("Contacts":{"__deferred":{"uri":"y"}}}})"));
    };
    const QList<QJsonObject> rows = runSync(
        exact().reader().list(QStringLiteral("crm/Accounts(guid'00000001-0000-4000-8000-000000000001')"),
                              {QStringLiteral("ID,Name")}, {}));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].value(u"Name").toString(), QStringLiteral("Acme"));
}

} // namespace

// Issue 10 point 12: with a page observer the reader asks for the count in the first page of
// each read ($inlinecount=allpages, no extra call), across the batches of a ByGuids read.
TEST_F(ExactReaderTest, APageObserverHearsRowsAndTheTotalWithoutAnExtraCall) {
    addPurchaseInvoices(500);
    QStringList ids;
    for (const ExactInvoice& inv : std::as_const(data.purchaseInvoices))
        ids << inv.id;
    QList<std::pair<int, int>> seen;
    exact().reader().setPageObserver([&](const QString&, int rows, int total) { seen.append({rows, total}); });
    const QStringList select{QStringLiteral("ID"), QStringLiteral("InvoiceDate")};
    const QStringList batches = exact().reader().guidBatches(QStringLiteral("purchase/PurchaseInvoices"), select,
                                                             QStringLiteral("ID"), ids, 10000);
    ASSERT_GT(batches.size(), 1);
    http.calls().reset();
    const QList<QJsonObject> rows = runSync(exact().reader().listByGuids(
        QStringLiteral("purchase/PurchaseInvoices"), select, QStringLiteral("ID"), ids, 10000));
    ASSERT_EQ(rows.size(), 500);
    EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoices")), seen.size()) << "one step per call, no count call";
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.last(), std::make_pair(500, 500));
    // Until every batch has begun, the total is not known (0), never a part taken for the whole.
    for (const auto& [done, total] : seen)
        EXPECT_TRUE(total == 0 || total == 500) << done << " of " << total;
    exact().reader().setPageObserver({});
}

TEST_F(ExactReaderTest, TheSandboxCountsLikeODataAndRefusesAnUnknownInlineCount) {
    addPurchaseInvoices(130);
    const QString base = QStringLiteral("/api/v1/%1/purchase/PurchaseInvoices?$select=ID").arg(Division);
    HttpResponse r = rawGet(base + QStringLiteral("&$inlinecount=allpages"));
    ASSERT_EQ(r.status, 200);
    const QJsonObject d = QJsonDocument::fromJson(r.body).object().value(u"d").toObject();
    EXPECT_EQ(d.value(u"__count").toString(), QStringLiteral("130")) << "OData v2 JSON writes the count as text";
    EXPECT_EQ(d.value(u"results").toArray().size(), 60);
    EXPECT_TRUE(d.value(u"__next").toString().contains(QStringLiteral("inlinecount"))) << "later pages count too";
    r = rawGet(base + QStringLiteral("&$inlinecount=none"));
    EXPECT_FALSE(QJsonDocument::fromJson(r.body).object().value(u"d").toObject().contains(u"__count"));
    r = rawGet(base + QStringLiteral("&$inlinecount=some"));
    EXPECT_EQ(r.status, 400);
}
