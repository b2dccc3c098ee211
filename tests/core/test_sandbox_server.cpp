#include "async/RunSync.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <gtest/gtest.h>
#include <qcoro/qcoronetworkreply.h>

#include <vector>

using namespace il::sandbox;
using namespace std::chrono_literals;

namespace {

// A tiny fake: /echo answers the method, path, a query item and the body; everything under
// /echo is counted as "echo", /other as "other".
class EchoService : public FakeService {
public:
    bool handles(const SandboxRequest& request) const override {
        return request.path.startsWith(u"/echo") || request.path == u"/other";
    }
    SandboxResponse handle(const SandboxRequest& request) override {
        ++handled;
        const QJsonObject body{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                               {QStringLiteral("path"), request.path},
                               {QStringLiteral("filter"), request.queryValue(QStringLiteral("$filter"))},
                               {QStringLiteral("header"), QString::fromLatin1(request.header("x-test"))},
                               {QStringLiteral("url"), request.url.toString()},
                               {QStringLiteral("body"), QString::fromUtf8(request.body)},
                               {QStringLiteral("padding"), QString(200, u'x')}};
        return SandboxResponse::json(request.method == "POST" ? 201 : 200, QJsonDocument(body));
    }
    QString endpointOf(const SandboxRequest& request) const override {
        return request.path.startsWith(u"/echo") ? QStringLiteral("echo") : QStringLiteral("other");
    }
    int handled = 0;
};

struct Result {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    qint64 contentLength = -1;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QCoro::Task<Result> send(QNetworkAccessManager& nam, QUrl url, QByteArray method = "GET",
                         QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {}) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    co_await reply;
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    result.contentLength = length.isValid() ? length.toLongLong() : -1;
    reply->deleteLater();
    co_return result;
}

class SandboxServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addService(&echo);
        ASSERT_TRUE(server.listen(0)) << server.errorString().toStdString();
    }
    QUrl url(const QString& pathAndQuery) const { return QUrl(server.baseUrl().toString() + pathAndQuery); }
    Result get(const QString& pathAndQuery) { return il::runSync(send(nam, url(pathAndQuery))); }

    EchoService echo;
    SandboxServer server;
    QNetworkAccessManager nam;
};

} // namespace

TEST_F(SandboxServerTest, ListensOnLoopbackWithAFreePort) {
    EXPECT_NE(server.port(), 0);
    EXPECT_EQ(server.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
}

TEST_F(SandboxServerTest, RoutesToTheServiceAndDecodesPathQueryAndHeaders) {
    const Result r =
        il::runSync(send(nam, url("/echo/a%20b?$filter=Code%20eq%20'x'"), "GET", {}, {{"X-Test", "yes"}}));
    ASSERT_EQ(r.status, 200);
    const QJsonObject body = r.json();
    EXPECT_EQ(body["method"].toString(), "GET");
    EXPECT_EQ(body["path"].toString(), "/echo/a b");
    EXPECT_EQ(body["filter"].toString(), "Code eq 'x'");
    EXPECT_EQ(body["header"].toString(), "yes");
    EXPECT_TRUE(body["url"].toString().startsWith(server.baseUrl().toString() + "/echo/a"));
    EXPECT_EQ(r.contentLength, r.body.size());
}

TEST_F(SandboxServerTest, UnknownPathIs404Json) {
    const Result r = get("/nothing/here");
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.json()["message"].toString(), "no such endpoint");
    EXPECT_EQ(server.count("unknown"), 1);
    EXPECT_EQ(echo.handled, 0);
}

TEST_F(SandboxServerTest, PostBodyRoundTrips) {
    const QByteArray payload = R"({"quantity":12.5,"name":"Café"})";
    const Result r = il::runSync(send(nam, url("/echo"), "POST", payload));
    EXPECT_EQ(r.status, 201);
    EXPECT_EQ(r.json()["method"].toString(), "POST");
    EXPECT_EQ(r.json()["body"].toString().toUtf8(), payload);
    const QByteArray big(200'000, 'z'); // several TCP segments
    const Result r2 = il::runSync(send(nam, url("/echo"), "PATCH", big));
    EXPECT_EQ(r2.json()["body"].toString().size(), big.size());
}

TEST_F(SandboxServerTest, KeepAliveReusesOneConnectionAndCloseIsHonoured) {
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(get("/echo").status, 200);
    EXPECT_EQ(server.connectionsAccepted(), 1);
    ASSERT_EQ(il::runSync(send(nam, url("/echo"), "GET", {}, {{"Connection", "close"}})).status, 200);
    ASSERT_EQ(get("/echo").status, 200);
    EXPECT_EQ(server.connectionsAccepted(), 2);
}

TEST_F(SandboxServerTest, StatusFaultAnswersWithoutCallingTheServiceAndIsCounted) {
    server.addFault({.pathPattern = "^/echo/fail", .status = 503});
    const Result r = get("/echo/fail");
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(r.json()["message"].toString(), "Injected fault: HTTP 503");
    EXPECT_EQ(echo.handled, 0);
    EXPECT_EQ(server.count("echo"), 1);
    EXPECT_EQ(get("/echo/ok").status, 200); // other paths untouched
    server.clearFaults();
    EXPECT_EQ(get("/echo/fail").status, 200);
}

TEST_F(SandboxServerTest, FaultWithTimesAppliesThatOftenThenNormal) {
    server.addFault({.pathPattern = "/echo", .status = 500, .times = 1});
    EXPECT_EQ(get("/echo").status, 500);
    EXPECT_EQ(get("/echo").status, 200);
    EXPECT_EQ(get("/echo").status, 200);
    EXPECT_EQ(server.count("echo"), 3);
}

TEST_F(SandboxServerTest, DropClosesTheConnectionWithoutAnswer) {
    server.addFault({.pathPattern = "/echo", .drop = true});
    const Result r = get("/echo");
    EXPECT_NE(r.error, QNetworkReply::NoError);
    EXPECT_EQ(r.status, 0);
    // The fake did see the request (a lost answer, not a lost request). Qt's network access
    // resends an idempotent request itself when a connection closes before any answer byte.
    EXPECT_GE(echo.handled, 1);
    EXPECT_EQ(server.count("echo"), echo.handled);
    server.clearFaults();
    EXPECT_EQ(get("/echo").status, 200);
}

TEST_F(SandboxServerTest, TruncateSendsHalfTheBodyThenCloses) {
    server.addFault({.pathPattern = "/echo", .truncate = true, .times = 1});
    const Result r = get("/echo");
    EXPECT_TRUE(r.error != QNetworkReply::NoError || r.body.size() < r.contentLength)
        << "error " << r.error << " body " << r.body.size() << " of " << r.contentLength;
    EXPECT_LT(r.body.size(), 300);
    EXPECT_EQ(get("/echo").status, 200);
}

TEST_F(SandboxServerTest, DelayFaultStillAnswers) {
    server.addFault({.pathPattern = "/other", .delayMs = 50});
    const Result r = get("/other");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(server.count("other"), 1);
}

TEST_F(SandboxServerTest, CountsPerEndpointAndReset) {
    get("/echo/1");
    get("/echo/2");
    get("/other");
    get("/missing");
    EXPECT_EQ(server.count("echo"), 2);
    EXPECT_EQ(server.count("other"), 1);
    EXPECT_EQ(server.count("unknown"), 1);
    EXPECT_EQ(server.total(), 4);
    EXPECT_EQ(server.counts().size(), 3);
    server.resetCounts();
    EXPECT_EQ(server.total(), 0);
    EXPECT_TRUE(server.counts().isEmpty());
}

TEST_F(SandboxServerTest, LatencyDoesNotSerializeConcurrentRequests) {
    server.setLatency(200ms);
    server.resetMaxInFlight();
    auto parallel = [&]() -> QCoro::Task<QList<int>> {
        std::vector<QCoro::Task<Result>> tasks;
        for (int i = 0; i < 4; ++i)
            tasks.push_back(send(nam, url(QStringLiteral("/echo/%1").arg(i))));
        QList<int> statuses;
        for (auto& task : tasks)
            statuses.append((co_await std::move(task)).status);
        co_return statuses;
    };
    const QList<int> statuses = il::runSync(parallel());
    EXPECT_EQ(statuses, QList<int>({200, 200, 200, 200}));
    EXPECT_EQ(server.maxInFlight(), 4);
}

TEST(SandboxFaultSpec, ParsesCommandLineSpecs) {
    auto f = SandboxServer::parseFault("path=/api/v1/.*/purchase/.*,status=503,times=2");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->pathPattern, "/api/v1/.*/purchase/.*");
    EXPECT_EQ(f->status, 503);
    EXPECT_EQ(f->times, 2);
    EXPECT_FALSE(f->drop);

    f = SandboxServer::parseFault("path=/v4/.{1,3}/x,drop");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->pathPattern, "/v4/.{1,3}/x"); // the comma stays in the expression
    EXPECT_TRUE(f->drop);
    EXPECT_EQ(f->times, -1);

    f = SandboxServer::parseFault("path=token,truncate");
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->truncate);
    f = SandboxServer::parseFault("path=token,delay=2000");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->delayMs, 2000);

    EXPECT_FALSE(SandboxServer::parseFault("path=x")); // no effect
    EXPECT_FALSE(SandboxServer::parseFault("path=x,status=abc"));
    EXPECT_FALSE(SandboxServer::parseFault("path=x,status=42"));
    EXPECT_FALSE(SandboxServer::parseFault("path=(,drop")); // invalid expression
    EXPECT_FALSE(SandboxServer::parseFault("colour=red"));

    const auto list = SandboxServer::parseFaults("path=a,status=500;path=b,drop; ");
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(1).pathPattern, "b");
    QString bad;
    EXPECT_FALSE(SandboxServer::parseFaults("path=a,status=500;nonsense", &bad));
    EXPECT_EQ(bad, "nonsense");
}
