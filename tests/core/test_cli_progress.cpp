// Issue 10 point 12 on the command line: with --verbose the load's phases are logged to standard
// error once each, with their final counts, in order; the JSON on standard output is unchanged;
// without a switch nothing is written to standard error.
#include "CliFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

class CliProgressTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        storeSecrets(true);
    }
    QStringList reconcileJson() {
        return {QStringLiteral("reconcile"), QStringLiteral("--month"),
                sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--json")};
    }
};

TEST_F(CliProgressTest, VerboseLogsEachPhaseOnceWithItsCountsAndLeavesTheJsonAlone) {
    const CliResult r = cli(QStringList{QStringLiteral("--verbose")} + reconcileJson());
    ASSERT_LE(r.exitCode, 1) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.left(300).toStdString();
    const int lines = report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("lines")).toInt();
    ASSERT_GT(lines, 0);

    QStringList progress;
    const QRegularExpression line(QStringLiteral(R"( invoicelink\.reconcile info: progress: (.*)$)"));
    for (const QString& l : r.err.split(u'\n', Qt::SkipEmptyParts))
        if (const auto m = line.match(l); m.hasMatch())
            progress << m.captured(1);
    ASSERT_EQ(progress.size(), 7) << r.err.toStdString();
    EXPECT_TRUE(progress[0].startsWith(QStringLiteral("Exact Online: invoices "))) << progress[0].toStdString();
    EXPECT_EQ(progress[1], QStringLiteral("Exact Online: invoice lines %1 of %1").arg(lines));
    EXPECT_EQ(progress[2], QStringLiteral("Exact Online: items, accounts and VAT codes"));
    EXPECT_TRUE(progress[3].startsWith(QStringLiteral("ConnectWise: agreements of "))) << progress[3].toStdString();
    const QRegularExpression additions(QStringLiteral(R"(^ConnectWise: additions of (\d+) of (\d+) agreements$)"));
    const auto m = additions.match(progress[4]);
    ASSERT_TRUE(m.hasMatch()) << progress[4].toStdString();
    EXPECT_EQ(m.captured(1), m.captured(2));
    EXPECT_EQ(progress[5], QStringLiteral("Linking and checking %1 lines").arg(lines));
    EXPECT_EQ(progress[6], QStringLiteral("Loaded %1 lines").arg(lines));

    const CliResult quiet = cli(reconcileJson());
    ASSERT_LE(quiet.exitCode, 1) << quiet.err.toStdString();
    EXPECT_FALSE(quiet.err.contains(QStringLiteral("progress"))) << quiet.err.toStdString();
}
