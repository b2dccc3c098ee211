#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// issue 3's end-to-end run through the command line against the sandbox demo.
class CliReconcileTest : public CliTest {
protected:
    QJsonObject reconcile(const QStringList& extra, int expectedExit) {
        const CliResult r = cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("--month"), month(),
                                            QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, expectedExit) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.left(500).toStdString();
        return doc.object();
    }
    QString month() { return sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM")); }
};

TEST_F(CliReconcileTest, FirstRunReportsThePlantedDeviationsApplyAllFixesThemAndTheNextRunWritesNothing) {
    storeSecrets(true);
    const QJsonObject first = reconcile({}, 1);
    EXPECT_EQ(first.value(QStringLiteral("month")).toString(), month());
    EXPECT_EQ(first.value(QStringLiteral("source")).toString(), QStringLiteral("purchase"));
    EXPECT_EQ(first.value(QStringLiteral("compared_price_field")).toString(), QStringLiteral("unitCost"));
    const auto& planted = sandbox().data().planted;
    const QJsonArray lines = first.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), planted.statusByLineId.size());
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        EXPECT_EQ(l.value(QStringLiteral("status")).toString(), planted.statusByLineId.value(l.value(QStringLiteral("line_id")).toString()))
            << l.value(QStringLiteral("description")).toString().toStdString();
        EXPECT_TRUE(l.value(QStringLiteral("quantity")).isString()); // decimals as strings
        if (l.value(QStringLiteral("status")).toString() != QLatin1String("unlinked")) {
            EXPECT_TRUE(l.value(QStringLiteral("cw")).isObject()); // linked: ConnectWise's side is shown
        }
    }
    const QJsonObject summary = first.value(QStringLiteral("summary")).toObject();
    for (const char* key : {"lines", "ok", "quantity_mismatch", "price_mismatch", "price_and_quantity_mismatch", "no_addition",
                            "agreement_inactive", "unlinked", "pushed", "failed", "skipped"})
        EXPECT_TRUE(summary.contains(QLatin1String(key))) << key;
    EXPECT_EQ(summary.value(QStringLiteral("pushed")).toInt(), 0);
    EXPECT_EQ(first.value(QStringLiteral("extra_additions")).toArray().size(), planted.extraAdditionIds.size());
    EXPECT_GT(first.value(QStringLiteral("api_calls")).toObject().value(QStringLiteral("exact")).toInt(), 0);

    const QJsonObject applied = reconcile({QStringLiteral("--apply"), QStringLiteral("all")}, 1);
    const QJsonObject appliedSummary = applied.value(QStringLiteral("summary")).toObject();
    EXPECT_GT(appliedSummary.value(QStringLiteral("pushed")).toInt(), 20);
    EXPECT_EQ(appliedSummary.value(QStringLiteral("failed")).toInt(), 0);
    for (const char* fixed : {"quantity_mismatch", "price_mismatch", "price_and_quantity_mismatch", "no_addition"}) {
        // Only what no push may fix is left: the group with several additions.
        EXPECT_LE(appliedSummary.value(QLatin1String(fixed)).toInt(), 2) << fixed;
    }

    const QString log = tempDir() + QStringLiteral("/log.csv");
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("export"), log}).exitCode, 0);
    QFile before(log);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray rowsBefore = before.readAll();
    before.close();

    const QJsonObject again = reconcile({QStringLiteral("--apply"), QStringLiteral("all")}, 1);
    EXPECT_EQ(again.value(QStringLiteral("summary")).toObject().value(QStringLiteral("pushed")).toInt(), 0);
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("export"), log}).exitCode, 0);
    QFile after(log);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), rowsBefore); // the second run wrote nothing
    EXPECT_TRUE(rowsBefore.contains("pushed"));

    const CliResult verify = cli({QStringLiteral("log"), QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
}

TEST_F(CliReconcileTest, ExitsZeroWhenNothingIsLeftToFix) {
    storeSecrets(true);
    const QJsonObject applied = reconcile({QStringLiteral("--apply"), QStringLiteral("all")}, 1);
    // What no push can fix (ambiguous company, no catalog item, ended agreement, several
    // additions) leaves the invoice; then nothing needs attention and the exit code says so.
    QSet<QString> unfixable;
    for (const QJsonValue& v : applied.value(QStringLiteral("lines")).toArray())
        if (v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("ok"))
            unfixable.insert(v.toObject().value(QStringLiteral("line_id")).toString());
    ASSERT_FALSE(unfixable.isEmpty());
    for (auto& invoice : sandbox().data().exact.purchaseInvoices)
        invoice.lines.removeIf([&](const il::sandbox::ExactInvoiceLine& l) { return unfixable.contains(l.id); });
    const QString report = tempDir() + QStringLiteral("/report.xlsx");
    const QJsonObject clean = reconcile({QStringLiteral("--export"), report}, 0);
    const QJsonObject summary = clean.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("ok")).toInt(), summary.value(QStringLiteral("lines")).toInt());
    QFile xlsx(report);
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    EXPECT_TRUE(xlsx.read(2) == "PK");
}
