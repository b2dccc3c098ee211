#include "SandboxFixture.h"

#include "async/RunSync.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "sandbox/exact/ExactFake.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTcpServer>
#include <qcoro/qcoronetworkreply.h>

using namespace il::sandbox;
using namespace std::chrono_literals;

namespace {

QCoro::Task<QPair<int, QByteArray>> get(QUrl url) {
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    co_await reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    co_return qMakePair(status, body);
}

} // namespace

using SandboxFacade = SandboxTest;

TEST_F(SandboxFacade, ServesBothFakesOnOneLoopbackPort) {
    const QUrl base = sandbox().baseUrl();
    EXPECT_EQ(base.host(), "127.0.0.1");
    EXPECT_EQ(base.port(), sandbox().server().port());

    const auto info =
        il::runSync(get(QUrl(base.toString() + "/login/companyinfo/" + sandbox().data().cw.companyId)));
    EXPECT_EQ(info.first, 200);
    EXPECT_EQ(QJsonDocument::fromJson(info.second).object().value("Codebase").toString(),
              sandbox().data().cw.codebase);

    const auto me = il::runSync(get(QUrl(base.toString() + "/api/v1/current/Me?$select=CurrentDivision")));
    EXPECT_EQ(me.first, 401); // no token
    EXPECT_EQ(sandbox().server().total(), 2);
    EXPECT_EQ(sandbox().server().count("unknown"), 0);
}

TEST_F(SandboxFacade, ConfigIniHasTheContractKeysWrittenTheQSettingsWay) {
    const QString text = sandbox().configIni("sqlite:///tmp/x/invoicelink.db");
    EXPECT_TRUE(text.contains(R"(customer_pattern=^\\[(.+?)\\])")) << text.toStdString();
    QSettings ini(writeConfig("sqlite:///tmp/x/invoicelink.db"), QSettings::IniFormat);
    const QString url = sandbox().baseUrl().toString();
    EXPECT_EQ(ini.value("exact/base_url").toString(), url);
    EXPECT_EQ(ini.value("exact/division").toInt(), sandbox().data().exact.division);
    EXPECT_EQ(ini.value("exact/client_id").toString(), sandbox().credentials().exactClientId);
    // Real Exact takes only an https redirect URI: so the paste sign-in, not the loopback one.
    EXPECT_EQ(ini.value("exact/redirect_uri").toString(), "https://invoicelink.example/exact");
    EXPECT_EQ(ini.value("exact/source").toString(), "purchase");
    EXPECT_EQ(ini.value("exact/customer_key").toString(), "description");
    EXPECT_EQ(ini.value("exact/customer_pattern").toString(), R"(^\[(.+?)\])");
    EXPECT_EQ(ini.value("connectwise/site").toString(), url);
    EXPECT_EQ(ini.value("connectwise/company").toString(), sandbox().data().cw.companyId);
    EXPECT_EQ(ini.value("connectwise/compare_price_to").toString(), "unitCost");
    EXPECT_EQ(ini.value("database/url").toString(), "sqlite:///tmp/x/invoicelink.db");
    EXPECT_EQ(ini.value("tolerance/price").toString(), "0.01");
    EXPECT_EQ(ini.value("tolerance/quantity").toString(), "0");
    EXPECT_FALSE(sandbox().configIni().contains("[database]"));
    // No secret in the INI.
    for (const QString& secret : sandbox().secrets())
        EXPECT_FALSE(text.contains(secret)) << secret.toStdString();
}

TEST_F(SandboxFacade, SecretsAreWhatTheFakesAccept) {
    const auto secrets = sandbox().secrets();
    EXPECT_EQ(secrets.keys(),
              QStringList({"connectwise.client_id", "connectwise.private_key", "connectwise.public_key",
                           "exact.client_secret", "exact.refresh_token"}));
    EXPECT_FALSE(secrets.value("exact.refresh_token").isEmpty());
    EXPECT_EQ(secrets.value("exact.refresh_token"), sandbox().credentials().exactInitialRefreshToken);
    EXPECT_EQ(secrets.value("connectwise.private_key"), sandbox().credentials().cwPrivateKey);
}

TEST(SandboxFacadeStart, ATakenPortIsReportedAndOptionsReachTheServer) {
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    Sandbox sandbox({.data = {.customers = 15, .lines = 80},
                     .latency = 5ms,
                     .faults = {{.pathPattern = "companyinfo", .status = 503}}});
    EXPECT_FALSE(sandbox.start(squatter.serverPort()));
    EXPECT_FALSE(sandbox.errorString().isEmpty());
    EXPECT_EQ(sandbox.server().latency(), 5ms);
    ASSERT_EQ(sandbox.server().faults().size(), 1);
    EXPECT_EQ(sandbox.data().exact.accounts.size(), 16);
    ASSERT_TRUE(sandbox.start(0));
    const auto info = il::runSync(get(QUrl(sandbox.baseUrl().toString() + "/login/companyinfo/invoicelink")));
    EXPECT_EQ(info.first, 503);
}

// The demo's sandbox allows the loopback redirect URI (which Exact refuses) and its config uses
// one, so the loopback sign-in works there.
class SandboxAllowingHttpRedirect : public SandboxTest {
protected:
    il::sandbox::SandboxOptions sandboxOptions() const override { return {.allowHttpRedirect = true}; }
};

TEST_F(SandboxAllowingHttpRedirect, ConfigCarriesALoopbackRedirectUri) {
    QSettings ini(writeConfig(), QSettings::IniFormat);
    const QUrl redirect(ini.value("exact/redirect_uri").toString());
    EXPECT_EQ(redirect.scheme(), "http");
    EXPECT_EQ(redirect.host(), "127.0.0.1");
    EXPECT_EQ(redirect.path(), "/callback");
    EXPECT_NE(redirect.port(), sandbox().server().port());
    EXPECT_GT(redirect.port(), 0);
    EXPECT_TRUE(sandbox().exact().tokens().allowsHttpRedirect());
}

TEST_F(SandboxFacade, RefusesAnHttpRedirectUriByDefault) {
    EXPECT_FALSE(sandbox().exact().tokens().allowsHttpRedirect());
}
