// The Exact Online sign-in with QOAuth2AuthorizationCodeFlow against the fake, the test acting as
// the browser: loopback delivery end to end, and the paste-the-address flow.
#include "exact/ExactSignIn.h"
#include "errors/UserError.h"
#include "test_exact_fixture.h"

#include <QCoroNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>

using namespace exacttest;

namespace {

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class ExactSignInTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        // A sign-in starts without tokens.
        runSync(secrets.remove(QStringLiteral("exact.refresh_token")));
    }

    // The browser: GET the authorization URL, take the 302's Location; with follow, GET it too
    // (which lands on the loopback listener).
    QCoro::Task<QUrl> browse(QUrl authUrl, bool follow) {
        QNetworkRequest req(authUrl);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = browser.get(req);
        co_await reply;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        EXPECT_EQ(status, 302) << reply->readAll().toStdString();
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (follow) {
            QNetworkReply* landing = browser.get(QNetworkRequest(location));
            co_await landing;
            landing->deleteLater();
            landingPage = landing->readAll();
        }
        co_return location;
    }

    QNetworkAccessManager browser;
    QByteArray landingPage;
    QUrl authorizationUrl;
};

// Real Exact refuses an http:// redirect URI, loopback included (api/exact-online.md §1.7): so
// does the fake unless told to allow it, as the demo does.
TEST_F(ExactSignInTest, AnHttpRedirectUriIsRefusedUnlessTheSandboxAllowsIt) {
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/exact/callback").arg(freePort());
    const QString path = QStringLiteral("/api/oauth2/auth?client_id=%1&redirect_uri=%2&response_type=code&state=s")
                             .arg(credentials.exactClientId, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    const HttpResponse refused = rawGet(path, false);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(QJsonDocument::fromJson(refused.body).object().value(u"error_description").toString(),
              QStringLiteral("Callback URI '%1' is not valid.").arg(redirect));
    fake->tokens().setAllowHttpRedirect(true);
    EXPECT_EQ(rawGet(path, false).status, 302);
}

TEST_F(ExactSignInTest, LoopbackEndToEnd) {
    fake->tokens().setAllowHttpRedirect(true); // the demo's sandbox; real Exact refuses http
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/exact/callback").arg(freePort());
    configure({{QStringLiteral("exact/redirect_uri"), redirect}});
    QByteArray wireQuery;
    spy.observe = [&](const SandboxRequest& r) {
        if (r.path == u"/api/oauth2/auth")
            wireQuery = r.url.query(QUrl::FullyEncoded).toUtf8();
    };
    SignInOptions options;
    std::optional<QCoro::Task<QUrl>> browsing;
    options.openBrowser = [&](const QUrl& url) {
        authorizationUrl = url;
        browsing.emplace(browse(url, true));
    };
    options.timeout = std::chrono::seconds(10);
    const ExactTokens tokens = runSync(exact().signIn(options));

    const QUrlQuery q(authorizationUrl);
    EXPECT_EQ(authorizationUrl.path(), QStringLiteral("/api/oauth2/auth"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("client_id")), credentials.exactClientId);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect);
    // On the wire redirect_uri is percent-encoded, as Exact's other clients send it.
    EXPECT_TRUE(wireQuery.contains("redirect_uri=" + QUrl::toPercentEncoding(redirect))) << wireQuery.toStdString();
    EXPECT_EQ(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_FALSE(q.queryItemValue(QStringLiteral("state")).isEmpty());

    EXPECT_FALSE(tokens.accessToken.isEmpty());
    EXPECT_EQ(stored(QStringLiteral("exact.refresh_token")), tokens.refreshToken);
    EXPECT_EQ(stored(QStringLiteral("exact.access_token")), tokens.accessToken);
    EXPECT_EQ(tokens.obtainedAt, clock.nowUtc());
    EXPECT_EQ(fake->tokens().codeExchangeCount(), 1);
    // The flow's code exchange went through HttpClient's manager and was counted once.
    EXPECT_EQ(http.calls().count(QStringLiteral("token")), 1);
    EXPECT_EQ(http.calls().total(), 1);

    // The stored tokens work, with no further token call.
    const ExactStatus s = runSync(exact().status());
    EXPECT_EQ(s.userName, QStringLiteral("Tess Tester"));
    EXPECT_EQ(http.calls().count(QStringLiteral("token")), 1);
}

TEST_F(ExactSignInTest, PasteFlowExtractsAndDecodesTheCode) {
    QByteArray wireQuery;
    spy.observe = [&](const SandboxRequest& r) {
        if (r.path == u"/api/oauth2/auth")
            wireQuery = r.url.query(QUrl::FullyEncoded).toUtf8();
    };
    SignInOptions options;
    std::optional<QCoro::Task<QUrl>> browsing;
    options.openBrowser = [&](const QUrl& url) { browsing.emplace(browse(url, false)); };
    QString pasted;
    options.askForRedirectAddress = [&]() -> QCoro::Task<QString> {
        const QUrl shown = co_await *browsing; // what the browser's address bar shows
        pasted = QString::fromUtf8(shown.toEncoded());
        co_return QString(pasted); // QCoro 0.8 moves from a co_returned lvalue
    };
    const ExactTokens tokens = runSync(exact().signIn(options));
    EXPECT_TRUE(pasted.startsWith(QStringLiteral("https://invoicelink.example/exact?code=XTzM%21IAAAA")))
        << pasted.toStdString();
    EXPECT_TRUE(wireQuery.contains("redirect_uri=https%3A%2F%2Finvoicelink.example%2Fexact"))
        << wireQuery.toStdString();
    EXPECT_EQ(stored(QStringLiteral("exact.refresh_token")), tokens.refreshToken);
    EXPECT_EQ(fake->tokens().codeExchangeCount(), 1);
    EXPECT_EQ(http.calls().count(QStringLiteral("token")), 1);

    // The code was single-use.
    const QString code = QUrlQuery(QUrl(pasted)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpResponse replay = rawTokenPost(
        "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
        "&redirect_uri=" + QUrl::toPercentEncoding(QStringLiteral("https://invoicelink.example/exact")) +
        "&client_id=" + credentials.exactClientId.toUtf8() +
        "&client_secret=" + credentials.exactClientSecret.toUtf8());
    EXPECT_EQ(replay.status, 400);
}

TEST_F(ExactSignInTest, PasteFlowRejectsAnotherAttemptsAddress) {
    SignInOptions options;
    std::optional<QCoro::Task<QUrl>> browsing;
    options.openBrowser = [&](const QUrl& url) { browsing.emplace(browse(url, false)); };
    options.askForRedirectAddress = [&]() -> QCoro::Task<QString> {
        QUrl shown = co_await *browsing;
        QUrlQuery q(shown);
        q.removeQueryItem(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses"));
        shown.setQuery(q);
        co_return shown.toString();
    };
    try {
        runSync(exact().signIn(options));
        FAIL() << "accepted";
    } catch (const UserError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("state does not match"))) << e.what();
    }
    EXPECT_EQ(fake->tokens().codeExchangeCount(), 0);
    EXPECT_FALSE(runSync(secrets.read(QStringLiteral("exact.refresh_token"))).has_value());
}

TEST_F(ExactSignInTest, PasteAfterThreeMinutesIsRefused) {
    SignInOptions options;
    std::optional<QCoro::Task<QUrl>> browsing;
    options.openBrowser = [&](const QUrl& url) { browsing.emplace(browse(url, false)); };
    options.askForRedirectAddress = [&]() -> QCoro::Task<QString> {
        const QUrl shown = co_await *browsing;
        advance(181); // the user took too long
        co_return shown.toString();
    };
    try {
        runSync(exact().signIn(options));
        FAIL() << "accepted";
    } catch (const UserError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("More than 3 minutes"))) << e.what();
    }
    EXPECT_EQ(http.calls().count(QStringLiteral("token")), 0);
}

TEST_F(ExactSignInTest, SecretWithFormCharactersIsEncodedOnce) {
    credentials.exactClientSecret = QStringLiteral("a+b&c=d/e%f!g h");
    runSync(secrets.write(QStringLiteral("exact.client_secret"), credentials.exactClientSecret));
    SignInOptions options;
    std::optional<QCoro::Task<QUrl>> browsing;
    options.openBrowser = [&](const QUrl& url) { browsing.emplace(browse(url, false)); };
    options.askForRedirectAddress = [&]() -> QCoro::Task<QString> {
        co_return (co_await *browsing).toString();
    };
    runSync(exact().signIn(options)); // the flow's code exchange
    advance(600);
    runSync(exact().status()); // our own refresh
    EXPECT_EQ(fake->tokens().codeExchangeCount(), 1);
    EXPECT_EQ(fake->tokens().refreshCount(), 1);
}

TEST(ExactSignInPaste, CodeFromRedirect) {
    EXPECT_EQ(ExactSignIn::codeFromRedirect(
                  QStringLiteral("https://x.example/cb?code=ab%21c%2Bd%3D&state=s1"), QStringLiteral("s1")),
              QStringLiteral("ab!c+d="));
    EXPECT_EQ(
        ExactSignIn::codeFromRedirect(QStringLiteral("  code=XTzM!IAAA&state=s%2F2 "), QStringLiteral("s/2")),
        QStringLiteral("XTzM!IAAA"));
    EXPECT_THROW(
        ExactSignIn::codeFromRedirect(QStringLiteral("https://x.example/cb?state=s1"), QStringLiteral("s1")),
        UserError);
    EXPECT_THROW(
        ExactSignIn::codeFromRedirect(QStringLiteral("https://x.example/cb?error=access_denied&state=s1"),
                                      QStringLiteral("s1")),
        UserError);
}

TEST(ExactSignInPaste, DeliveryFollowsTheRedirectUri) {
    using D = SignInOptions::Delivery;
    EXPECT_EQ(ExactSignIn::deliveryFor(QUrl(QStringLiteral("http://127.0.0.1:8765/cb")), D::Auto),
              D::Loopback);
    EXPECT_EQ(ExactSignIn::deliveryFor(QUrl(QStringLiteral("https://app.example/cb")), D::Auto), D::Paste);
    EXPECT_THROW(ExactSignIn::deliveryFor(QUrl(QStringLiteral("http://localhost:8765/cb")), D::Auto),
                 UserError);
    EXPECT_THROW(ExactSignIn::deliveryFor(QUrl(QStringLiteral("https://app.example/cb")), D::Loopback),
                 UserError);
}

} // namespace
