// The command line's logging switches (issue 9 point 6): --debug and --verbose before the
// command write log lines to standard error and leave standard output (the JSON) untouched;
// --verbose after the command keeps listing the API calls; no line carries a secret.
#include "CliFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

class CliLoggingTest : public CliTest {
protected:
    QStringList invoiceJson() const {
        return {QStringLiteral("invoice"), QStringLiteral("--month"), m_month, QStringLiteral("--json")};
    }
    void SetUp() override {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        m_month = sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"));
        storeSecrets(true);
    }
    static QJsonObject json(const CliResult& r) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.left(300).toStdString();
        return doc.object();
    }
    QString m_month;
};

TEST_F(CliLoggingTest, DebugWritesTimedCategorisedLinesToStderrAndCleanJsonToStdout) {
    const CliResult r = cli(QStringList{QStringLiteral("--debug")} + invoiceJson());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject report = json(r);
    EXPECT_EQ(report.value(QStringLiteral("month")).toString(), m_month);
    EXPECT_FALSE(
        report.value(QStringLiteral("api_calls")).toObject().contains(QStringLiteral("by_endpoint")));

    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    if (qEnvironmentVariableIsSet("SHOW_LOG"))
        std::fputs(r.err.toUtf8().constData(), stdout);
    const QRegularExpression format(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z invoicelink\.[a-z]+ (debug|info|warning): )"));
    for (const QString& line : lines)
        EXPECT_TRUE(format.match(line).hasMatch()) << line.toStdString();
    EXPECT_FALSE(lines.filter(QStringLiteral(" invoicelink.http debug: Exact Online GET ")).isEmpty());
    EXPECT_FALSE(lines.filter(QStringLiteral(" invoicelink.exact info: Exact Online answered ")).isEmpty());
    EXPECT_FALSE(lines.filter(QStringLiteral(" invoicelink.settings info: settings from ")).isEmpty());
    EXPECT_FALSE(
        lines.filter(QStringLiteral(" invoicelink.settings debug: keychain: stored exact.refresh_token"))
            .isEmpty());
    // The keychain answered these to the child process; none of them may be in its log.
    for (const QString& name :
         {QStringLiteral("exact.client_secret"), QStringLiteral("exact.refresh_token"),
          QStringLiteral("exact.access_token"), QStringLiteral("connectwise.private_key"),
          QStringLiteral("connectwise.public_key")}) {
        const QString value = secret(name);
        ASSERT_GE(value.size(), 8) << name.toStdString();
        EXPECT_FALSE(r.err.contains(value)) << name.toStdString() << " is in the log";
    }
    const auto seeded = sandbox().secrets(); // the refresh token as first stored, before it rotated
    for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
        EXPECT_FALSE(it.value().size() >= 8 && r.err.contains(it.value()))
            << it.key().toStdString() << " is in the log";
}

TEST_F(CliLoggingTest, VerboseLogsThePhasesOnlyAndNoSwitchLogsNothing) {
    const CliResult verbose = cli(QStringList{QStringLiteral("--verbose")} + invoiceJson());
    ASSERT_EQ(verbose.exitCode, 0) << verbose.err.toStdString();
    json(verbose);
    EXPECT_TRUE(verbose.err.contains(QStringLiteral(" invoicelink.exact info: Exact Online answered ")))
        << verbose.err.toStdString();
    EXPECT_FALSE(verbose.err.contains(QStringLiteral(" debug: "))) << verbose.err.toStdString();

    const CliResult quiet = cli(invoiceJson());
    ASSERT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_EQ(quiet.err, QString());
}

TEST_F(CliLoggingTest, TheCommandsOwnVerboseStillListsTheCallsAndLogsNothing) {
    const CliResult r = cli(invoiceJson() + QStringList{QStringLiteral("--verbose")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject calls = json(r).value(QStringLiteral("api_calls")).toObject();
    EXPECT_TRUE(calls.value(QStringLiteral("by_endpoint")).toObject().contains(QStringLiteral("exact")));
    EXPECT_EQ(r.err, QString());
}

TEST_F(CliLoggingTest, QtLoggingRulesStillChooseCategoriesWithoutASwitch) {
    // The child inherits this process's environment (CliProcess reads it when created).
    qputenv("QT_LOGGING_RULES", "invoicelink.http.debug=true");
    const CliResult r = cli(invoiceJson());
    qunsetenv("QT_LOGGING_RULES");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    json(r);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        EXPECT_TRUE(line.contains(QStringLiteral(" invoicelink.http debug: "))) << line.toStdString();
}
