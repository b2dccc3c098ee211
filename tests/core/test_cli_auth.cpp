#include "CliFixture.h"

#include "async/RunSync.h"
#include "sandbox/SandboxServer.h"
#include "settings/KeychainSecretStore.h"
#include "settings/Settings.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QCoroNetworkReply>

using CliAuthTest = CliTest;

// The demo's sandbox: it allows the loopback redirect URI (real Exact refuses http), and its
// config carries one, so `auth login` takes the loopback flow.
class CliLoopbackAuthTest : public CliTest {
protected:
    il::sandbox::SandboxOptions sandboxOptions() const override { return {.allowHttpRedirect = true}; }
};

// The default sandbox, like a real tenant, takes only the https redirect URI: `auth login` asks
// for the address the browser shows, and the user pastes it.
TEST_F(CliAuthTest, LoginByPastingTheBrowsersAddress) {
    storeSecrets(false);
    CliProcess login(m_home);
    login.start({QStringLiteral("--config"), m_config, QStringLiteral("auth"), QStringLiteral("login")}, {}, true);
    QNetworkAccessManager browser;
    bool visited = false;
    QByteArray authorizeQuery;
    const CliResult r = login.wait([&](const QString& out) {
        const auto m = QRegularExpression(QStringLiteral(R"((http://127\.0\.0\.1:\d+/api/oauth2/auth\S+))")).match(out);
        if (m.hasMatch() && !visited) {
            visited = true; // be the browser; the user copies the address it lands on
            const QUrl authorize = QUrl::fromEncoded(m.captured(1).toLatin1());
            authorizeQuery = authorize.query(QUrl::FullyEncoded).toLatin1();
            QNetworkRequest request(authorize);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&login, reply] {
                login.writeInput(reply->rawHeader("Location") + '\n');
                reply->deleteLater();
            });
        }
    });
    ASSERT_TRUE(visited) << r.out.toStdString();
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("paste the address"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Signed in"))) << r.out.toStdString();
    EXPECT_TRUE(authorizeQuery.contains("redirect_uri=https%3A%2F%2Finvoicelink.example%2Fexact"))
        << authorizeQuery.toStdString();
    EXPECT_FALSE(secret(QStringLiteral("exact.refresh_token")).isEmpty());
}

TEST_F(CliLoopbackAuthTest, LoginThroughTheLoopbackLeavesNoSecretOnDisk) {
    storeSecrets(false);
    CliProcess login(m_home);
    login.start({QStringLiteral("--config"), m_config, QStringLiteral("auth"), QStringLiteral("login")});
    QNetworkAccessManager browser;
    bool visited = false;
    const CliResult r = login.wait([&](const QString& out) {
        const auto m = QRegularExpression(QStringLiteral(R"((http://127\.0\.0\.1:\d+/api/oauth2/auth\S+))")).match(out);
        if (m.hasMatch() && !visited) {
            visited = true; // be the browser: the sandbox signs in and redirects to the CLI's listener
            QNetworkRequest request(QUrl::fromEncoded(m.captured(1).toLatin1()));
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&browser, reply] {
                browser.get(QNetworkRequest(QUrl::fromEncoded(reply->rawHeader("Location"))));
                reply->deleteLater();
            });
        }
    });
    ASSERT_TRUE(visited) << r.out.toStdString();
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Signed in"))) << r.out.toStdString();

    // A whole reconcile, so the database and the token lock are written too.
    const CliResult run = cli({QStringLiteral("reconcile"), QStringLiteral("--month"),
                               sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--apply"),
                               QStringLiteral("quantity")});
    ASSERT_EQ(run.exitCode, 1) << run.err.toStdString(); // the demo keeps deviations no push can fix

    const QStringList secrets = {secret(QStringLiteral("exact.access_token")), secret(QStringLiteral("exact.refresh_token")),
                                 sandbox().credentials().exactClientSecret, sandbox().credentials().cwPrivateKey,
                                 sandbox().credentials().cwPublicKey, sandbox().credentials().cwClientId};
    for (const QString& s : secrets)
        ASSERT_FALSE(s.isEmpty());
    // Nothing under the config and data folders (INI, database, lock file) may hold a secret.
    int files = 0;
    for (const QString& root : {m_home, QFileInfo(m_config).absolutePath()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString& s : secrets)
                EXPECT_FALSE(content.contains(s.toUtf8())) << "secret found in " << f.fileName().toStdString();
        }
    }
    EXPECT_GE(files, 2); // at least the INI and the database were looked at
}

TEST_F(CliAuthTest, TwoProcessesStartedTogetherShareOneRefresh) {
    storeSecrets(true);
    const QString month = sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"));
    const int tokenCallsBefore = sandbox().server().count(QStringLiteral("exact token"));
    CliProcess a(m_home), b(m_home);
    const QStringList args{QStringLiteral("--config"), m_config, QStringLiteral("invoice"), QStringLiteral("--month"), month};
    a.start(args);
    b.start(args);
    const CliResult ra = a.wait();
    const CliResult rb = b.wait();
    EXPECT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    EXPECT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    // One refresh of the seeded token; the other process reused the access token it stored.
    EXPECT_EQ(sandbox().server().count(QStringLiteral("exact token")) - tokenCallsBefore, 1);
    EXPECT_EQ(ra.out, rb.out);
}

TEST_F(CliAuthTest, StatusNamesBothSystemsAndFailsWhenOneDoesNotAnswer) {
    storeSecrets(true);
    CliResult r = cli({QStringLiteral("auth"), QStringLiteral("status")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exact Online: signed in as"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("ConnectWise: company"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("missing rights: none")));

    il::runSync(m_store->write(QStringLiteral("connectwise.private_key"), QStringLiteral("wrong")));
    r = cli({QStringLiteral("auth"), QStringLiteral("status")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exact Online: signed in as")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("401"))) << r.out.toStdString();
}

TEST_F(CliAuthTest, ErrorsExitTwoWithOneClearLine) {
    storeSecrets(true);
    CliResult r = cli({QStringLiteral("invoice"), QStringLiteral("--month"), QStringLiteral("2026-13")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("YYYY-MM")));

    sandbox().server().addFault({.pathPattern = QStringLiteral("PurchaseInvoices$"), .status = 403});
    r = cli({QStringLiteral("invoice"), QStringLiteral("--month"), sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Exact Online"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("PurchaseInvoices")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("403")));

    r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("exact.nonsense")}, "x");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown secret")));
}

// Core no longer names commands in its errors (the window words them as places in Settings);
// the command line still tells the user exactly which command signs in, word for word as before.
TEST_F(CliAuthTest, ALoadBeforeSigningInNamesTheLoginCommand) {
    storeSecrets(false);
    const QString month = sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"));
    const CliResult r = cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_EQ(r.err, QStringLiteral("invoicelink-cli: Not signed in to Exact Online yet; run `invoicelink-cli auth "
                                    "login` (or set exact.refresh_token with `invoicelink-cli secret set "
                                    "exact.refresh_token`)\n"));
}
