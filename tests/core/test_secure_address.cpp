// Issue 7 point 4, "only where it belongs": a bearer token, the ConnectWise keys or an
// authorization code never travel over plain http to a host other than this machine. The
// addresses are on the reserved .invalid domain, so even a regression sends nothing anywhere;
// the tests also assert that no request was attempted at all.
#include "engine/ConfigCheck.h"
#include "exact/ExactAuth.h"
#include "exact/ExactSignIn.h"
#include "errors/UserError.h"
#include "net/CountingNetworkAccessManager.h"
#include "net/HttpClient.h"
#include "async/RunSync.h"
#include "net/SecureAddress.h"
#include "reconcile/Connections.h"
#include "settings/Clock.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QCoroNetworkReply>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace il;

namespace {

const QString kHttpRefusal =
    QStringLiteral("must use https; http is allowed only for loopback addresses (127.0.0.1, ::1, localhost)");

template <typename T> QString userError(QCoro::Task<T> task) {
    try {
        runSync(std::move(task));
    } catch (const UserError& e) {
        return e.message();
    } catch (const std::exception& e) {
        return QStringLiteral("not a UserError: ") + QString::fromUtf8(e.what());
    }
    return QStringLiteral("accepted");
}

TEST(SecureAddress, HttpsEverywhereHttpOnlyToThisMachine) {
    for (const char* ok : {"https://start.exactonline.nl", "https://api-eu.myconnectwise.net/v4_6_release",
                           "http://127.0.0.1:8080/api", "http://127.3.4.5/", "http://[::1]:9/x",
                           "http://localhost:1/", "http://LOCALHOST/", "HTTPS://Start.ExactOnline.NL"})
        EXPECT_TRUE(SecureAddress::allowed(QUrl(QString::fromLatin1(ok)))) << ok;
    for (const char* refused : {"http://exact.example.invalid", "http://10.0.0.1/", "http://192.168.1.1/",
                                "http://localhost.example.invalid/", "http://127.0.0.1.example.invalid/",
                                "http://[::2]/", "ftp://127.0.0.1/", "https://", "exact.example.invalid", ""})
        EXPECT_FALSE(SecureAddress::allowed(QUrl(QString::fromLatin1(refused)))) << refused;
}

TEST(SecureAddress, ProblemsSayInvalidOrInsecureNeverNotSet) {
    EXPECT_EQ(SecureAddress::problem(QStringLiteral("connectwise/site"),
                                     QStringLiteral("http://cw.example.invalid/")),
              QStringLiteral("connectwise/site http://cw.example.invalid ") + kHttpRefusal);
    EXPECT_EQ(SecureAddress::problem(QStringLiteral("exact/base_url"), QStringLiteral("https://")),
              QStringLiteral("exact/base_url 'https://' is not a valid address: write it as https://host"));
    EXPECT_EQ(
        SecureAddress::problem(QStringLiteral("exact/base_url"), QStringLiteral("start exactonline nl")),
        QStringLiteral(
            "exact/base_url 'start exactonline nl' is not a valid address: write it as https://host"));
    EXPECT_TRUE(SecureAddress::problem(QStringLiteral("exact/base_url"), QString())
                    .isEmpty()); // "not set" is the caller's
    EXPECT_TRUE(SecureAddress::problem(QStringLiteral("exact/base_url"),
                                       QStringLiteral("https://start.exactonline.nl"))
                    .isEmpty());
}

TEST(SecureAddress, HttpClientRefusesBeforeSendingTheToken) {
    HttpClient http(QStringLiteral("Exact Online"), ExactConnection::httpPolicy());
    HttpRequest request;
    request.url =
        QUrl(QStringLiteral("http://exact.example.invalid/api/v1/123/purchase/PurchaseInvoices?$select=ID"));
    request.addHeader("Authorization", "Bearer secret-token");
    EXPECT_EQ(userError(http.send(request)),
              QStringLiteral("Exact Online: exact/base_url http://exact.example.invalid ") + kHttpRefusal);
    EXPECT_EQ(http.calls().total(), 0); // nothing went out, not even a DNS lookup's worth
}

TEST(SecureAddress, TheNetworkManagerItselfSendsNothingInsecure) {
    // The backstop for requests that bypass HttpClient::send (QOAuth2's code exchange).
    HttpClient http(QStringLiteral("Exact Online"), ExactConnection::httpPolicy());
    QNetworkRequest request(QUrl(QStringLiteral("http://exact.example.invalid/api/oauth2/token")));
    QNetworkReply* reply = http.networkAccessManager()->post(request, QByteArray("client_secret=s3cret"));
    runSync([](QNetworkReply* r) -> QCoro::Task<> { co_await r; }(reply));
    EXPECT_EQ(reply->error(), QNetworkReply::ProtocolUnknownError) << reply->errorString().toStdString();
    EXPECT_EQ(http.calls().total(), 0);
    reply->deleteLater();
}

class SecureConnectionsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("invoicelink.ini")));
        settings->setValue(QStringLiteral("exact/base_url"), QStringLiteral("https://start.exactonline.nl"));
        settings->setValue(QStringLiteral("exact/division"), QStringLiteral("123456"));
        settings->setValue(QStringLiteral("exact/client_id"),
                           QStringLiteral("b81f2f0c-7d55-4a8e-9b0a-5c1d2e3f4a5b"));
        settings->setValue(QStringLiteral("connectwise/site"),
                           QStringLiteral("https://api-eu.myconnectwise.net"));
        settings->setValue(QStringLiteral("connectwise/company"), QStringLiteral("acme"));
        for (const char* name : {"exact.client_secret", "exact.refresh_token", "connectwise.public_key",
                                 "connectwise.private_key", "connectwise.client_id"})
            runSync(secrets.write(QString::fromLatin1(name),
                                  QStringLiteral("secret-%1").arg(QLatin1String(name))));
    }
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
};

TEST_F(SecureConnectionsTest, ConnectWiseKeysNeverGoToAnHttpSite) {
    settings->setValue(QStringLiteral("connectwise/site"), QStringLiteral("http://cw.example.invalid"));
    EXPECT_TRUE(il::ConfigCheck::problems(*settings).contains(QStringLiteral("connectwise/site http://cw.example.invalid ") +
                                              kHttpRefusal))
        << il::ConfigCheck::problems(*settings).join(u'\n').toStdString();
    Connections connections(*settings, secrets, Clock::system(), dir.filePath(QStringLiteral("lock")));
    EXPECT_EQ(userError(connections.connectwise().companies()),
              QStringLiteral("ConnectWise: connectwise/site http://cw.example.invalid ") + kHttpRefusal);
    EXPECT_EQ(connections.connectwiseHttp().calls().total(), 0);
}

TEST_F(SecureConnectionsTest, ExactTokensNeverGoToAnHttpBaseUrl) {
    settings->setValue(QStringLiteral("exact/base_url"), QStringLiteral("http://exact.example.invalid"));
    EXPECT_TRUE(il::ConfigCheck::problems(*settings).contains(QStringLiteral("exact/base_url http://exact.example.invalid ") +
                                              kHttpRefusal));
    Connections connections(*settings, secrets, Clock::system(), dir.filePath(QStringLiteral("lock")));
    EXPECT_EQ(userError(connections.exact().loadMonth(QDate(2026, 10, 1))),
              QStringLiteral("Exact Online: exact/base_url http://exact.example.invalid ") + kHttpRefusal);
    // The token refresh itself, the call that sends the refresh token and the client secret.
    EXPECT_EQ(userError(connections.exact().auth().accessToken()),
              QStringLiteral("Exact Online: exact/base_url http://exact.example.invalid ") + kHttpRefusal);
    EXPECT_EQ(connections.exactHttp().calls().total(), 0);
}

TEST_F(SecureConnectionsTest, TheSignInRefusesAnHttpExactBeforeOpeningTheBrowser) {
    HttpClient http(QStringLiteral("Exact Online"), ExactConnection::httpPolicy());
    ExactAuth auth(QUrl(QStringLiteral("http://exact.example.invalid")), QStringLiteral("client"), secrets,
                   http, Clock::system());
    ExactSignIn signIn(auth, http, QUrl(QStringLiteral("https://invoicelink.example/exact")));
    SignInOptions options;
    bool browserOpened = false;
    options.openBrowser = [&](const QUrl&) { browserOpened = true; };
    options.askForRedirectAddress = []() -> QCoro::Task<QString> {
        co_return QStringLiteral("https://x/?code=c&state=s");
    };
    EXPECT_EQ(userError(signIn.run(options)),
              QStringLiteral("Exact Online: exact/base_url http://exact.example.invalid ") + kHttpRefusal);
    EXPECT_FALSE(browserOpened);
    EXPECT_EQ(http.calls().total(), 0);
}

TEST_F(SecureConnectionsTest, AnAddressThatDoesNotParseIsInvalidNotUnset) {
    settings->setValue(QStringLiteral("exact/base_url"), QStringLiteral("https://"));
    settings->setValue(QStringLiteral("connectwise/site"), QStringLiteral("https://api eu.example"));
    settings->setValue(QStringLiteral("exact/redirect_uri"), QStringLiteral("not an address"));
    const QStringList problems = il::ConfigCheck::problems(*settings);
    EXPECT_TRUE(problems.contains(
        QStringLiteral("exact/base_url 'https://' is not a valid address: write it as https://host")))
        << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral(
        "connectwise/site 'https://api eu.example' is not a valid address: write it as https://host")))
        << problems.join(u'\n').toStdString();
    EXPECT_TRUE(
        problems.contains(QStringLiteral("exact/redirect_uri 'not an address' is not a valid address")))
        << problems.join(u'\n').toStdString();
    for (const QString& p : problems)
        EXPECT_FALSE(p.contains(QStringLiteral("not set"))) << p.toStdString();
    Connections connections(*settings, secrets, Clock::system(), dir.filePath(QStringLiteral("lock")));
    EXPECT_EQ(userError(connections.exact().loadMonth(QDate(2026, 10, 1))).toStdString(),
              "Exact Online: exact/base_url 'https://' is not a valid address: write it as https://host");
}

} // namespace
