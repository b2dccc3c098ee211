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
    // How many additions of the line's product ConnectWise holds on the line's agreement, in any
    // month (cancelled and future ones too).
    int additionsOf(const QJsonObject& line) {
        const QJsonObject cw = line.value(QStringLiteral("cw")).toObject();
        const int agreement = cw.value(QStringLiteral("agreement_id")).toInt();
        const QString product = cw.value(QStringLiteral("product_identifier")).toString();
        int n = 0;
        for (const il::Addition& a : sandbox().data().cw.additions)
            n += a.agreementId == agreement && a.productIdentifier.compare(product, Qt::CaseInsensitive) == 0;
        return n;
    }
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

    // A missing addition is not created beside a cancelled or future one of the product.
    int keptMissing = 0;
    for (const QJsonValue& v : lines)
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("no_addition"))
            keptMissing += additionsOf(v.toObject()) > 0 ? 1 : 0;
    const QJsonObject applied = reconcile({QStringLiteral("--apply"), QStringLiteral("all")}, 1);
    const QJsonObject appliedSummary = applied.value(QStringLiteral("summary")).toObject();
    EXPECT_GT(appliedSummary.value(QStringLiteral("pushed")).toInt(), 15);
    EXPECT_EQ(appliedSummary.value(QStringLiteral("failed")).toInt(), 0);
    for (const char* fixed : {"quantity_mismatch", "price_mismatch", "price_and_quantity_mismatch"}) {
        // Only what no push may fix is left: the group with several additions.
        EXPECT_LE(appliedSummary.value(QLatin1String(fixed)).toInt(), 2) << fixed;
    }
    EXPECT_EQ(appliedSummary.value(QStringLiteral("no_addition")).toInt(), keptMissing);

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

// issue 7 §5: --apply create adds an addition only where the agreement has none of the product
// at all; beside a cancelled or future one, and from a catalog item without a price, nothing is
// created and the line says why.
TEST_F(CliReconcileTest, ApplyCreateSkipsCancelledAndFutureAdditionsAndUnpricedCatalogItems) {
    storeSecrets(true);
    const QJsonArray before = reconcile({}, 1).value(QStringLiteral("lines")).toArray();
    // One product that would be created has no price in the catalog (nobody set it).
    QString unpriced;
    for (const QJsonValue& v : before) {
        const QJsonObject l = v.toObject();
        if (l.value(QStringLiteral("status")).toString() == QLatin1String("no_addition") && additionsOf(l) == 0) {
            unpriced = l.value(QStringLiteral("cw")).toObject().value(QStringLiteral("product_identifier")).toString();
            break;
        }
    }
    ASSERT_FALSE(unpriced.isEmpty()) << "the demo plants a line with no addition at all";
    for (il::CatalogItem& c : sandbox().data().cw.catalog)
        if (c.identifier.compare(unpriced, Qt::CaseInsensitive) == 0)
            c.price = il::Decimal();
    QMap<QString, int> countBefore;
    for (const QJsonValue& v : before)
        countBefore[v.toObject().value(QStringLiteral("line_id")).toString()] = additionsOf(v.toObject());

    const QJsonObject applied = reconcile({QStringLiteral("--apply"), QStringLiteral("create")}, 1);
    int cancelled = 0, future = 0, noPrice = 0, created = 0;
    for (const QJsonValue& v : applied.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString id = l.value(QStringLiteral("line_id")).toString();
        if (sandbox().data().planted.statusByLineId.value(id) != QLatin1String("no_addition"))
            continue;
        const QString action = l.value(QStringLiteral("action")).toString();
        const QString detail = l.value(QStringLiteral("action_detail")).toString();
        const QString product = l.value(QStringLiteral("cw")).toObject().value(QStringLiteral("product_identifier")).toString();
        if (countBefore.value(id) > 0) {
            EXPECT_EQ(action, QStringLiteral("skipped")) << detail.toStdString();
            EXPECT_EQ(l.value(QStringLiteral("status")).toString(), QStringLiteral("no_addition"));
            EXPECT_EQ(additionsOf(l), countBefore.value(id)) << "nothing was created beside it";
            EXPECT_TRUE(detail.startsWith(QStringLiteral("addition "))) << detail.toStdString();
            EXPECT_TRUE(detail.endsWith(QStringLiteral("; nothing created"))) << detail.toStdString();
            cancelled += detail.contains(QStringLiteral(" was cancelled on ")) ? 1 : 0;
            future += detail.contains(QStringLiteral(", after %1").arg(month())) ? 1 : 0;
        } else if (product.compare(unpriced, Qt::CaseInsensitive) == 0) {
            EXPECT_EQ(action, QStringLiteral("skipped"));
            EXPECT_EQ(detail, QStringLiteral("catalog item %1 has no price; set one in ConnectWise or create it from the window")
                                  .arg(product));
            EXPECT_EQ(additionsOf(l), 0);
            ++noPrice;
        } else {
            EXPECT_EQ(action, QStringLiteral("created")) << detail.toStdString();
            EXPECT_EQ(l.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            ++created;
        }
    }
    EXPECT_GT(cancelled, 0) << "the demo plants a product whose addition was cancelled before the month";
    EXPECT_GT(future, 0) << "the demo plants a product whose addition starts after the month";
    EXPECT_GT(noPrice, 0);
    EXPECT_GT(created, 0);
    // The text report says it too, and a second run creates nothing more.
    const CliResult text = cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month(), QStringLiteral("--apply"),
                                QStringLiteral("create")});
    EXPECT_EQ(text.exitCode, 1) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral(" was cancelled on "))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Pushed 0, failed 0, skipped ")))
        << text.out.toStdString();
}
