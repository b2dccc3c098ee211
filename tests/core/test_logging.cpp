// Logging (issue 9 point 6): the categories say what an unattended run needs, and no line ever
// carries a secret: not in a URL, not in a header, not in a token answer.
#include "LogCapture.h"
#include "ReconcileHarness.h"

#include "export/ReportExport.h"
#include "table/TableFile.h"
#include "log/LogCategories.h"
#include "log/LogRedact.h"
#include "net/HttpClient.h"
#include "sandbox/SandboxServer.h"

#include <QRegularExpression>

using namespace std::chrono_literals;

namespace {

// Every secret the sandbox run knows, with the tokens it issued during the test.
QStringList secretValues(const il::sandbox::Sandbox& sandbox, il::SecretStore& store) {
    QStringList out;
    for (const QString& v : sandbox.secrets())
        out << v;
    for (const char* name : {"exact.access_token", "exact.refresh_token"})
        if (auto v = il::runSync(store.read(QLatin1String(name))))
            out << *v;
    out.removeIf([](const QString& v) { return v.size() < 8; });
    return out;
}

// Answers 503 once, then 200, to any path: enough to see a request, a retry and its wait.
class FlakyService : public il::sandbox::FakeService {
public:
    bool handles(const il::sandbox::SandboxRequest&) const override { return true; }
    il::sandbox::SandboxResponse handle(const il::sandbox::SandboxRequest&) override {
        return il::sandbox::SandboxResponse::json(m_calls++ == 0 ? 503 : 200, R"({"ok":true})");
    }
    QString endpointOf(const il::sandbox::SandboxRequest& r) const override { return r.path; }

private:
    int m_calls = 0;
};

const QStringList kCredentials{QStringLiteral("S3cretCodeValue"),   QStringLiteral("VerifierValue123"),
                               QStringLiteral("ClientSecretValue"), QStringLiteral("RefreshTokenValue"),
                               QStringLiteral("AccessTokenValue"),  QStringLiteral("UrlPasswordValue")};

} // namespace

TEST(LogRedact, AUrlKeepsItsPathAndPagingButLosesEveryCredential) {
    const QUrl url(
        QStringLiteral("https://user:UrlPasswordValue@start.exactonline.nl/api/oauth2/token"
                       "?code=S3cretCodeValue&code_verifier=VerifierValue123&client_secret=ClientSecretValue"
                       "&refresh_token=RefreshTokenValue&$skiptoken=guid'42'&$filter=Date%20ge%201"
                       "#access_token=AccessTokenValue"));
    const QString logged = il::LogRedact::url(url);
    for (const QString& secret : kCredentials)
        EXPECT_FALSE(logged.contains(secret)) << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("start.exactonline.nl/api/oauth2/token")))
        << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("code=***"))) << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("$skiptoken=guid'42'"))) << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("$filter=Date%20ge%201"))) << logged.toStdString();
}

TEST(LogRedact, TextLosesBearerBasicAndCredentialPairs) {
    const QString text = QStringLiteral(
        "Authorization: Bearer AccessTokenValue; Basic ClientSecretValue "
        "grant_type=refresh_token&refresh_token=RefreshTokenValue&client_secret=ClientSecretValue "
        R"({"access_token": "AccessTokenValue", "password":"UrlPasswordValue", "private_key": "S3cretCodeValue"} )"
        "code_verifier=VerifierValue123 month=2026-10");
    const QString logged = il::LogRedact::text(text);
    for (const QString& secret : kCredentials)
        EXPECT_FALSE(logged.contains(secret)) << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("grant_type=refresh_token"))) << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("month=2026-10"))) << logged.toStdString();
}

TEST(LogOutput, OnlyWarningsUntilASwitchTurnsTheLevelsOn) {
    LogCapture capture;
    QLoggingCategory::setFilterRules(QString()); // as a run without --verbose or --debug
    qCDebug(il::lcHttp) << "a request";
    qCInfo(il::lcReconcile) << "a phase";
    qCWarning(il::lcStore) << "a problem";
    EXPECT_EQ(capture.lines(), QStringList{QStringLiteral("invoicelink.store warning: a problem")});

    QLoggingCategory::setFilterRules(il::LogOutput::rules(il::LogOutput::Level::Verbose));
    qCDebug(il::lcHttp) << "a request";
    qCInfo(il::lcReconcile) << "a phase";
    EXPECT_EQ(capture.lines().size(), 2);
    EXPECT_EQ(capture.lines().value(1), QStringLiteral("invoicelink.reconcile info: a phase"));

    const QString line = il::LogOutput::format(QStringLiteral("invoicelink.http"), QStringLiteral("debug"),
                                               QStringLiteral("two\nlines"));
    EXPECT_TRUE(
        QRegularExpression(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z invoicelink\.http debug: two lines$)"))
            .match(line)
            .hasMatch())
        << line.toStdString();
}

TEST(HttpClientLogging, ARequestAndItsRetryAreLoggedWithoutTheCredentialsOfItsUrlOrHeaders) {
    FlakyService service;
    il::sandbox::SandboxServer server;
    server.addService(&service);
    ASSERT_TRUE(server.listen());
    il::HttpPolicy policy;
    policy.backoffBase = 5ms;
    policy.backoffCap = 10ms;
    il::HttpClient client(QStringLiteral("Exact Online"), policy);
    il::HttpRequest request;
    request.url = server.baseUrl().resolved(QUrl(QStringLiteral(
        "/api/oauth2/"
        "token?code=S3cretCodeValue&code_verifier=VerifierValue123&client_secret=ClientSecretValue")));
    request.endpoint = QStringLiteral("token");
    request.addHeader("Authorization", "Bearer AccessTokenValue");

    LogCapture capture;
    EXPECT_EQ(il::runSync(client.send(request)).status, 200);
    const QStringList http = capture.linesOf(QStringLiteral("invoicelink.http"));
    ASSERT_EQ(http.size(), 3) << capture.all().toStdString(); // 503, the retry's wait, 200
    EXPECT_TRUE(http[0].contains(QStringLiteral("debug: Exact Online GET http://127.0.0.1:")))
        << http[0].toStdString();
    EXPECT_TRUE(http[0].contains(QStringLiteral("-> 503 in"))) << http[0].toStdString();
    EXPECT_TRUE(
        http[1].contains(QStringLiteral("info: Exact Online GET token answered 503 - retry 1 of 3 in")))
        << http[1].toStdString();
    EXPECT_TRUE(http[2].contains(QStringLiteral("-> 200 in"))) << http[2].toStdString();
    EXPECT_TRUE(http[2].contains(QStringLiteral("code=***&code_verifier=***&client_secret=***")))
        << http[2].toStdString();
    for (const QString& secret : kCredentials)
        EXPECT_FALSE(capture.all().contains(secret)) << secret.toStdString();
}

class LoggedMonthTest : public ReconcileTest {};

TEST_F(LoggedMonthTest, AMonthLoadAndItsPushLogEveryPhaseInItsCategoryAndNoSecret) {
    LogCapture capture;
    auto run = loadMonth();
    const QString month = sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"));
    const int lines = int(run->result().records.size());

    // The phases an operator follows: the Exact read, the ConnectWise reads, the result.
    const QString log = capture.all();
    EXPECT_TRUE(
        log.contains(QStringLiteral("invoicelink.exact info: Exact Online answered %1 lines").arg(lines)))
        << log.left(3000).toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("invoicelink.exact info: renewing the access token")))
        << log.left(3000).toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("invoicelink.reconcile info: loaded %1 in").arg(month)));
    EXPECT_TRUE(log.contains(QStringLiteral("ms: %1 lines,").arg(lines)));
    EXPECT_FALSE(capture.linesOf(QStringLiteral("invoicelink.connectwise")).isEmpty());
    // Every request sent is one debug line of invoicelink.http, each with its status.
    const QStringList requests =
        capture.linesOf(QStringLiteral("invoicelink.http")).filter(QStringLiteral(" -> "));
    const int sent =
        m_connections->exactHttp().calls().total() + m_connections->connectwiseHttp().calls().total();
    EXPECT_EQ(requests.size(), sent);
    for (const QString& r : requests)
        EXPECT_TRUE(
            QRegularExpression(
                QStringLiteral(
                    R"(^invoicelink\.http debug: (Exact Online|ConnectWise) (GET|POST|PATCH) http://\S+ -> \d{3} in \d+ ms)"))
                .match(r)
                .hasMatch())
            << r.toStdString();

    // The push: the lock, the write-ahead intents, each outcome, the lock's release.
    il::runSync(run->push(run->plan({il::PushKind::Quantity})));
    const QStringList reconcile = capture.linesOf(QStringLiteral("invoicelink.reconcile"));
    const QString pushLog = reconcile.join(u'\n');
    EXPECT_TRUE(pushLog.contains(QStringLiteral("push lock of %1 taken\n").arg(month)))
        << pushLog.toStdString();
    EXPECT_TRUE(pushLog.contains(QStringLiteral("intent logged; sending PATCH"))) << pushLog.toStdString();
    EXPECT_TRUE(pushLog.contains(QStringLiteral("-> updated"))) << pushLog.toStdString();
    EXPECT_TRUE(pushLog.contains(QStringLiteral("releasing the push lock of %1").arg(month)))
        << pushLog.toStdString();
    EXPECT_FALSE(capture.linesOf(QStringLiteral("invoicelink.http"))
                     .filter(QStringLiteral("ConnectWise PATCH"))
                     .isEmpty());

    const QString everything = capture.all();
    const QStringList secrets = secretValues(sandbox(), m_secrets);
    ASSERT_GE(secrets.size(), 5); // the sandbox's client secret, CW keys, both tokens
    for (const QString& secret : secrets)
        EXPECT_FALSE(everything.contains(secret)) << "a log line holds a secret";
}

TEST_F(LoggedMonthTest, OpeningAndMigratingADatabaseAndWritingAnExportAreLogged) {
    auto run = loadMonth();
    LogCapture capture;
    const QString fresh = tempDir() + QStringLiteral("/fresh.sqlite");
    il::Database database(QStringLiteral("sqlite://") + fresh);
    const QString report = tempDir() + QStringLiteral("/report.csv");
    il::TableFile::save(il::ReportExport::table(run->result()), report, QStringLiteral("Report"));

    const QStringList store = capture.linesOf(QStringLiteral("invoicelink.store"));
    EXPECT_FALSE(
        store.filter(QStringLiteral("info: migrating database %1 from schema version 0 to").arg(fresh))
            .isEmpty())
        << store.join(u'\n').toStdString();
    EXPECT_FALSE(
        store.filter(QStringLiteral("info: opened database %1 (schema version").arg(fresh)).isEmpty());
    EXPECT_EQ(capture.linesOf(QStringLiteral("invoicelink.export")),
              QStringList{QStringLiteral("invoicelink.export info: wrote %1 (%2 rows of Report)")
                              .arg(report)
                              .arg(run->result().records.size())});
}
