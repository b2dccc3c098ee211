// HttpClient over real loopback HTTP against the sandbox server: retry policy, rate limits,
// concurrency, timeouts, cancellation, counting and the error messages of both APIs.
#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "net/HttpClient.h"
#include "async/RunSync.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <QCoroNetworkReply>
#include <gtest/gtest.h>

#include <functional>
#include <vector>

using namespace il;
using namespace il::sandbox;
using namespace std::chrono_literals;

namespace {

// A scriptable service: each path answers through a handler; arrival times are kept per path.
class ScriptedService : public FakeService {
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&, int callIndex)>;

    void on(const QString& path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    void onJson(const QString& path, int status, const QByteArray& body) {
        on(path, [status, body](const SandboxRequest&, int) { return SandboxResponse::json(status, body); });
    }
    QList<qint64> arrivals(const QString& path) const { return m_arrivals.value(path); }

    bool handles(const SandboxRequest& r) const override { return m_routes.contains(r.path); }
    SandboxResponse handle(const SandboxRequest& r) override {
        QList<qint64>& list = m_arrivals[r.path];
        list.append(QDateTime::currentMSecsSinceEpoch());
        return m_routes.value(r.path)(r, int(list.size()) - 1);
    }
    QString endpointOf(const SandboxRequest& r) const override { return r.path; }

private:
    QMap<QString, Handler> m_routes;
    QMap<QString, QList<qint64>> m_arrivals;
};

class HttpClientTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addService(&service);
        ASSERT_TRUE(server.listen());
        service.onJson(QStringLiteral("/ok"), 200, R"({"ok":true})");
    }

    HttpPolicy fastPolicy() const {
        HttpPolicy p;
        p.backoffBase = 5ms;
        p.backoffCap = 20ms;
        p.timeout = 2000ms;
        return p;
    }

    HttpRequest get(const QString& path, QByteArray method = "GET") const {
        HttpRequest r;
        r.method = method;
        r.url = server.baseUrl().resolved(QUrl(path));
        if (method != "GET")
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return r;
    }

    // The ApiError a request ends in; fails the test when it succeeds.
    ApiError failure(HttpClient& client, HttpRequest request, CancelToken cancel = {}) {
        try {
            runSync(client.send(std::move(request), cancel));
        } catch (const ApiError& e) {
            return e;
        }
        ADD_FAILURE() << "request succeeded";
        return ApiError(ApiError::Kind::Http, {}, {}, 0, {});
    }

    ScriptedService service;
    SandboxServer server;
};

TEST_F(HttpClientTest, GetSucceedsAndIsCounted) {
    HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
    HttpRequest r = get(QStringLiteral("/ok"));
    r.endpoint = QStringLiteral("things");
    const HttpResponse resp = runSync(client.send(r));
    EXPECT_EQ(resp.status, 200);
    EXPECT_EQ(resp.body, R"({"ok":true})");
    EXPECT_EQ(resp.header("content-type"), "application/json; charset=utf-8");
    EXPECT_EQ(client.calls().count(QStringLiteral("things")), 1);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 1);
}

TEST_F(HttpClientTest, EndpointDefaultsToPath) {
    HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
    runSync(client.send(get(QStringLiteral("/ok"))));
    EXPECT_EQ(client.calls().count(QStringLiteral("/ok")), 1);
}

TEST_F(HttpClientTest, NoRetryOf4xx) {
    for (int status : {400, 401, 403, 404, 409}) {
        const QString path = QStringLiteral("/e%1").arg(status);
        service.onJson(path, status, R"({"error":{"code":"","message":{"lang":"","value":"Nope"}}})");
        HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
        const ApiError e = failure(client, get(path));
        EXPECT_EQ(e.status(), status);
        EXPECT_EQ(e.kind(), status == 401 || status == 403 ? ApiError::Kind::Auth : ApiError::Kind::Http);
        EXPECT_EQ(server.count(path), 1) << status;
        EXPECT_EQ(client.calls().total(), 1);
    }
}

TEST_F(HttpClientTest, PostIsNeverRetried) {
    HttpClient client(QStringLiteral("ConnectWise"), fastPolicy());
    server.addFault({QStringLiteral("^/ok$"), 503, 0, false, false, 1});
    ApiError e = failure(client, get(QStringLiteral("/ok"), "POST"));
    EXPECT_EQ(e.status(), 503);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 1);

    server.addFault({QStringLiteral("^/ok$"), 0, 0, true, false, 1});
    e = failure(client, get(QStringLiteral("/ok"), "POST"));
    EXPECT_EQ(e.kind(), ApiError::Kind::Network);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 2);
    EXPECT_EQ(client.calls().total(), 2);

    // PUT and DELETE are no safer.
    server.addFault({QStringLiteral("^/ok$"), 502, 0, false, false, 2});
    failure(client, get(QStringLiteral("/ok"), "PUT"));
    failure(client, get(QStringLiteral("/ok"), "DELETE"));
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 4);
}

TEST_F(HttpClientTest, GetAndPatchRetriedOnTransientFailures) {
    HttpClient client(QStringLiteral("ConnectWise"), fastPolicy());
    server.addFault({QStringLiteral("^/ok$"), 503, 0, false, false, 2});
    EXPECT_EQ(runSync(client.send(get(QStringLiteral("/ok")))).status, 200);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 3);

    server.resetCounts();
    server.addFault({QStringLiteral("^/ok$"), 0, 0, true, false, 1});
    EXPECT_EQ(runSync(client.send(get(QStringLiteral("/ok")))).body, R"({"ok":true})");
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 2);

    server.resetCounts();
    server.addFault({QStringLiteral("^/ok$"), 0, 0, false, true, 1});
    EXPECT_EQ(runSync(client.send(get(QStringLiteral("/ok")))).body, R"({"ok":true})");
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 2);

    server.resetCounts();
    server.addFault({QStringLiteral("^/ok$"), 500, 0, false, false, 1});
    // A PATCH may have taken effect before the 500: it is never sent again here; the pusher
    // reads the record back instead (tests/core/test_push_lost_answers.cpp).
    EXPECT_EQ(failure(client, get(QStringLiteral("/ok"), "PATCH")).status(), 500);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 1);
    // Every attempt on the wire is counted, retries too.
    EXPECT_EQ(client.calls().count(QStringLiteral("/ok")), 8);
}

TEST_F(HttpClientTest, RetriesAreBounded) {
    HttpPolicy p = fastPolicy();
    p.maxRetries = 2;
    HttpClient client(QStringLiteral("ConnectWise"), p);
    server.addFault({QStringLiteral("^/ok$"), 503, 0, false, false, -1});
    const ApiError e = failure(client, get(QStringLiteral("/ok")));
    EXPECT_EQ(e.status(), 503);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 3);
    EXPECT_TRUE(e.message().contains(QStringLiteral("Injected fault: HTTP 503"))) << e.what();
}

TEST_F(HttpClientTest, RetryAfterHonouredOn429) {
    service.on(QStringLiteral("/busy"), [](const SandboxRequest&, int call) {
        if (call > 0)
            return SandboxResponse::json(200, QByteArray("{}"));
        auto r = SandboxResponse::json(429, QByteArray(R"({"error":"ConnectWiseAPI","message":"Too many"})"));
        r.setHeader("Retry-After", "1");
        return r;
    });
    HttpClient client(QStringLiteral("ConnectWise"), fastPolicy());
    QList<std::chrono::milliseconds> waits;
    QObject::connect(&client, &HttpClient::rateLimitWait, [&](std::chrono::milliseconds w) { waits << w; });
    EXPECT_EQ(runSync(client.send(get(QStringLiteral("/busy"), "POST"))).status, 200);
    const QList<qint64> at = service.arrivals(QStringLiteral("/busy"));
    ASSERT_EQ(at.size(), 2); // a 429 is retried, even for a POST: it was not processed
    EXPECT_GE(at[1] - at[0], 1000);
    ASSERT_EQ(waits.size(), 1);
    EXPECT_GE(waits[0], 1000ms);
}

TEST_F(HttpClientTest, RateLimitWaitLongerThanAllowedFailsClearly) {
    service.on(QStringLiteral("/busy"), [](const SandboxRequest&, int) {
        auto r =
            SandboxResponse::json(429, QByteArray(R"({"error":"ConnectWiseAPI","message":"Slow down"})"));
        r.setHeader("Retry-After", "3600");
        return r;
    });
    HttpClient client(QStringLiteral("ConnectWise"), fastPolicy());
    const ApiError e = failure(client, get(QStringLiteral("/busy")));
    EXPECT_EQ(e.kind(), ApiError::Kind::RateLimited);
    EXPECT_EQ(server.count(QStringLiteral("/busy")), 1);
    EXPECT_TRUE(e.message().contains(QStringLiteral("Slow down"))) << e.what();
    EXPECT_TRUE(e.message().contains(QStringLiteral("60 min"))) << e.what();
    EXPECT_TRUE(e.message().contains(QStringLiteral("2 min this run may wait"))) << e.what();
}

TEST_F(HttpClientTest, ExactRemainingZeroWaitsForTheReset) {
    qint64 reset = 0;
    service.on(QStringLiteral("/api/v1/1/x"), [&reset](const SandboxRequest&, int call) {
        auto r = SandboxResponse::json(200, QByteArray(R"({"d":{"results":[]}})"));
        if (call == 0) {
            reset = QDateTime::currentMSecsSinceEpoch() + 800;
            r.setHeader("X-RateLimit-Minutely-Limit", "2");
            r.setHeader("X-RateLimit-Minutely-Remaining", "0");
            r.setHeader("X-RateLimit-Minutely-Reset", QByteArray::number(reset));
        }
        return r;
    });
    HttpPolicy p = fastPolicy();
    p.maxConcurrent = 1;
    p.rateLimit = HttpPolicy::RateLimit::ExactHeaders;
    HttpClient client(QStringLiteral("Exact Online"), p);
    int waitsSeen = 0;
    QObject::connect(&client, &HttpClient::rateLimitWait, [&](auto) { ++waitsSeen; });
    runSync(client.send(get(QStringLiteral("/api/v1/1/x"))));
    runSync(client.send(get(QStringLiteral("/api/v1/1/x"))));
    const QList<qint64> at = service.arrivals(QStringLiteral("/api/v1/1/x"));
    ASSERT_EQ(at.size(), 2);
    EXPECT_GE(at[1], reset);
    EXPECT_EQ(waitsSeen, 1);
}

TEST_F(HttpClientTest, Exact429WaitsForMinutelyResetThenRetries) {
    service.on(QStringLiteral("/api/v1/1/y"), [](const SandboxRequest&, int call) {
        if (call > 0)
            return SandboxResponse::json(200, QByteArray("{}"));
        auto r = SandboxResponse::json(
            429, QByteArray(R"({"error":{"code":"","message":{"lang":"","value":"Too many requests"}}})"));
        r.setHeader("X-RateLimit-Minutely-Limit", "60");
        r.setHeader("X-RateLimit-Minutely-Remaining", "0");
        r.setHeader("X-RateLimit-Minutely-Reset",
                    QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 600));
        return r;
    });
    HttpPolicy p = fastPolicy();
    p.maxConcurrent = 1;
    p.rateLimit = HttpPolicy::RateLimit::ExactHeaders;
    HttpClient client(QStringLiteral("Exact Online"), p);
    EXPECT_EQ(runSync(client.send(get(QStringLiteral("/api/v1/1/y")))).status, 200);
    const QList<qint64> at = service.arrivals(QStringLiteral("/api/v1/1/y"));
    ASSERT_EQ(at.size(), 2);
    EXPECT_GE(at[1] - at[0], 550);
}

TEST_F(HttpClientTest, Exact429OnDailyLimitFailsWithTheWait) {
    service.on(QStringLiteral("/api/v1/1/z"), [](const SandboxRequest&, int) {
        auto r = SandboxResponse::json(
            429, QByteArray(R"({"error":{"code":"","message":{"lang":"","value":"Too many requests"}}})"));
        r.setHeader("X-RateLimit-Limit", "5000");
        r.setHeader("X-RateLimit-Remaining", "0");
        r.setHeader("X-RateLimit-Reset",
                    QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 3 * 3600 * 1000));
        return r;
    });
    HttpPolicy p = fastPolicy();
    p.rateLimit = HttpPolicy::RateLimit::ExactHeaders;
    HttpClient client(QStringLiteral("Exact Online"), p);
    const ApiError e = failure(client, get(QStringLiteral("/api/v1/1/z")));
    EXPECT_EQ(e.kind(), ApiError::Kind::RateLimited);
    EXPECT_TRUE(e.message().contains(QStringLiteral("in 3 h"))) << e.what();
    // The next request is refused at once, without another call.
    failure(client, get(QStringLiteral("/api/v1/1/z")));
    EXPECT_EQ(server.count(QStringLiteral("/api/v1/1/z")), 1);
}

TEST_F(HttpClientTest, ConcurrencyLimitPerHost) {
    server.setLatency(60ms);
    for (int limit : {1, 4}) {
        HttpPolicy p = fastPolicy();
        p.maxConcurrent = limit;
        HttpClient client(QStringLiteral("ConnectWise"), p);
        server.resetMaxInFlight();
        std::vector<QCoro::Task<HttpResponse>> tasks;
        for (int i = 0; i < 8; ++i)
            tasks.push_back(client.send(get(QStringLiteral("/ok"))));
        runSync([&]() -> QCoro::Task<> {
            for (auto& t : tasks)
                EXPECT_EQ((co_await t).status, 200);
        }());
        EXPECT_EQ(server.maxInFlight(), limit);
    }
}

TEST_F(HttpClientTest, TimeoutAbortsAndRetriesGetOnly) {
    HttpPolicy p = fastPolicy();
    p.timeout = 150ms;
    p.maxRetries = 1;
    HttpClient client(QStringLiteral("ConnectWise"), p);
    server.addFault({QStringLiteral("^/ok$"), 0, 1000, false, false, 1});
    EXPECT_EQ(runSync(client.send(get(QStringLiteral("/ok")))).status, 200); // second attempt is quick
    EXPECT_EQ(client.calls().count(QStringLiteral("/ok")), 2);

    server.addFault({QStringLiteral("^/ok$"), 0, 1000, false, false, 1});
    const ApiError e = failure(client, get(QStringLiteral("/ok"), "POST"));
    EXPECT_EQ(e.kind(), ApiError::Kind::Timeout);
    EXPECT_EQ(e.status(), 0);
    EXPECT_TRUE(e.message().contains(QStringLiteral("ConnectWise POST /ok failed: no answer in time")))
        << e.what();
}

TEST_F(HttpClientTest, CancellationAbortsInFlightRequest) {
    HttpClient client(QStringLiteral("ConnectWise"), fastPolicy());
    server.addFault({QStringLiteral("^/ok$"), 0, 3000, false, false, 1});
    CancelToken cancel = CancelToken::create();
    QTimer::singleShot(100, [cancel] { cancel.cancel(); });
    QElapsedTimer t;
    t.start();
    EXPECT_THROW(runSync(client.send(get(QStringLiteral("/ok")), cancel)), Cancelled);
    EXPECT_LT(t.elapsed(), 2000);
    // An already cancelled token sends nothing.
    EXPECT_THROW(runSync(client.send(get(QStringLiteral("/ok")), cancel)), Cancelled);
    EXPECT_EQ(client.calls().total(), 1);
}

TEST_F(HttpClientTest, CancellationEndsRateLimitWaitAndQueue) {
    service.on(QStringLiteral("/busy"), [](const SandboxRequest&, int) {
        auto r = SandboxResponse::json(429, QByteArray(R"({"message":"later"})"));
        r.setHeader("Retry-After", "30");
        return r;
    });
    HttpPolicy p = fastPolicy();
    p.maxConcurrent = 1;
    HttpClient client(QStringLiteral("ConnectWise"), p);
    CancelToken cancel = CancelToken::create();
    QTimer::singleShot(150, [cancel] { cancel.cancel(); });
    auto first = client.send(get(QStringLiteral("/busy")), cancel);
    auto queued = client.send(get(QStringLiteral("/ok")), cancel);
    EXPECT_THROW(runSync(std::move(first)), Cancelled);
    EXPECT_THROW(runSync(std::move(queued)), Cancelled);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 0);
}

TEST_F(HttpClientTest, ErrorMessagesNameSystemEndpointStatusAndServerWords) {
    struct Case {
        int status;
        QByteArray body;
        QByteArray reason;
        QString expected;
    };
    const QList<Case> cases = {
        {403,
         R"({"error":{"code":"","message":{"lang":"","value":"Forbidden - Application Scope Violated"}}})",
         {},
         QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed: HTTP 403 — Forbidden - "
                        "Application Scope Violated")},
        {400,
         R"({"error":"access_denied","error_description":"Rate limit exceeded: access_token not expired"})",
         "TooEarlyToRefreshTokens: wait",
         QStringLiteral("HTTP 400 — access_denied: Rate limit exceeded: access_token not "
                        "expired (TooEarlyToRefreshTokens: wait)")},
        {400,
         R"({"code":"InvalidObject","message":"addition object is invalid","errors":[{"code":"InvalidField","message":"quantity must be positive","resource":"addition","field":"quantity"}]})",
         {},
         QStringLiteral("HTTP 400 — addition object is invalid (quantity: quantity must be positive)")},
        {500,
         "<html><body><h1>Internal Server Error</h1></body></html>",
         {},
         QStringLiteral("HTTP 500 — Internal Server Error")},
        {502, "", {}, QStringLiteral("HTTP 502 — empty body")},
    };
    HttpPolicy p = fastPolicy();
    p.maxRetries = 0;
    HttpClient client(QStringLiteral("Exact Online"), p);
    int i = 0;
    for (const Case& c : cases) {
        const QString path = QStringLiteral("/case%1").arg(i++);
        service.on(path, [c](const SandboxRequest&, int) {
            SandboxResponse r;
            r.status = c.status;
            r.body = c.body;
            if (!c.reason.isEmpty())
                r.setHeader("Reason", c.reason);
            r.setHeader("x-cw-request-id", "req-42");
            return r;
        });
        HttpRequest req = get(path);
        req.endpoint = QStringLiteral("purchase/PurchaseInvoices");
        const ApiError e = failure(client, req);
        EXPECT_TRUE(e.message().contains(c.expected)) << e.what();
        EXPECT_TRUE(
            e.message().startsWith(QStringLiteral("Exact Online GET purchase/PurchaseInvoices failed")));
        EXPECT_EQ(e.system(), QStringLiteral("Exact Online"));
        EXPECT_EQ(e.status(), c.status);
        EXPECT_EQ(e.requestId(), QStringLiteral("req-42"));
    }
}

TEST_F(HttpClientTest, ServerMessageShapes) {
    EXPECT_EQ(HttpClient::serverMessage(R"({"error":"ConnectWiseAPI","message":"Too many requests"})"),
              QStringLiteral("Too many requests"));
    EXPECT_EQ(HttpClient::serverMessage(
                  R"({"error":"unauthorized_client","error_description":"Old refresh token used."})"),
              QStringLiteral("unauthorized_client: Old refresh token used."));
    EXPECT_EQ(HttpClient::serverMessage("", "TooEarlyToRefreshTokens: x"),
              QStringLiteral("empty body (TooEarlyToRefreshTokens: x)"));
    EXPECT_EQ(HttpClient::serverMessage("plain text\nproblem"), QStringLiteral("plain text problem"));
    EXPECT_EQ(HttpClient::serverMessage(QByteArray(500, 'x')).size(), 201);
    EXPECT_EQ(HttpClient::serverMessage(R"({"code":"NotFound","message":"Agreement not found"})"),
              QStringLiteral("Agreement not found"));
}

TEST_F(HttpClientTest, ReturnsErrorResponsesWhenAsked) {
    service.onJson(QStringLiteral("/bad"), 400, R"({"error":"invalid_grant"})");
    HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
    HttpRequest r = get(QStringLiteral("/bad"), "POST");
    r.throwOnHttpError = false;
    const HttpResponse resp = runSync(client.send(r));
    EXPECT_EQ(resp.status, 400);
    EXPECT_EQ(resp.body, R"({"error":"invalid_grant"})");
}

TEST_F(HttpClientTest, ManagerForOAuthCountsItsRequestsOnce) {
    HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
    QNetworkReply* reply =
        client.networkAccessManager()->get(QNetworkRequest(server.baseUrl().resolved(QUrl("/ok"))));
    runSync([reply]() -> QCoro::Task<> { co_await reply; }());
    reply->deleteLater();
    runSync(client.send(get(QStringLiteral("/ok"))));
    EXPECT_EQ(client.calls().count(QStringLiteral("/ok")), 2);
    EXPECT_EQ(server.count(QStringLiteral("/ok")), 2);
}

} // namespace
