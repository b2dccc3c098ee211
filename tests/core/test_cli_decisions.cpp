// issue 10 point 4 through the real invoicelink-cli against the sandbox: every line of the JSON
// report says its decision and note, and a dismissed line no longer counts toward exit 1.
#include "CliFixture.h"

#include "store/Database.h"
#include "store/LineDecisions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class CliDecisionsTest : public CliTest {
protected:
    QJsonObject reconcile(int expectedExit) {
        const CliResult r = cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month(), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, expectedExit) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString month() { return sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM")); }
    // Decides lines of the month as the window does, in the database the command line uses.
    void decide(const QStringList& lineIds, il::LineDecision decision, const QString& note) {
        il::Database db(QStringLiteral("sqlite://") + m_home + QStringLiteral("/data/InvoiceLink/test.sqlite"));
        std::vector<il::DecidedLine> lines;
        for (const QString& id : lineIds)
            lines.push_back({id, {}, {}, 0, {}, {}});
        il::LineDecisions(db, QStringLiteral("ann")).record(month(), lines, decision, note);
    }
};

TEST_F(CliDecisionsTest, TheJsonReportCarriesDecisionsAndDismissedLinesLeaveExitOne) {
    storeSecrets(true);
    const QJsonObject first = reconcile(1);
    QStringList attention;
    for (const QJsonValue& v : first.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        ASSERT_TRUE(l.contains(QStringLiteral("decision")));
        ASSERT_TRUE(l.contains(QStringLiteral("note")));
        EXPECT_TRUE(l.value(QStringLiteral("decision")).isNull());
        EXPECT_TRUE(l.value(QStringLiteral("note")).isNull());
        if (l.value(QStringLiteral("status")).toString() != QLatin1String("ok"))
            attention << l.value(QStringLiteral("line_id")).toString();
    }
    ASSERT_GE(attention.size(), 2);

    // Every line that needs attention but one is dismissed: still exit 1.
    decide(attention.mid(1), il::LineDecision::Dismissed, QStringLiteral("known, stays"));
    const QJsonObject partly = reconcile(1);
    EXPECT_EQ(partly.value(QStringLiteral("summary")).toObject().value(QStringLiteral("dismissed")).toInt(),
              attention.size() - 1);
    for (const QJsonValue& v : partly.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const bool dismissed = attention.mid(1).contains(l.value(QStringLiteral("line_id")).toString());
        EXPECT_EQ(l.value(QStringLiteral("decision")).toString(), dismissed ? QStringLiteral("dismissed") : QString());
        EXPECT_EQ(l.value(QStringLiteral("decision")).isNull(), !dismissed);
    }

    // The last one too: nothing left to fix, exit 0; each line shows its decision's note.
    decide({attention.first()}, il::LineDecision::Dismissed, QStringLiteral("credit note follows"));
    const QJsonObject all = reconcile(0);
    for (const QJsonValue& v : all.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString id = l.value(QStringLiteral("line_id")).toString();
        if (id == attention.first()) {
            EXPECT_EQ(l.value(QStringLiteral("note")).toString(), QStringLiteral("credit note follows"));
        } else if (attention.contains(id)) {
            EXPECT_EQ(l.value(QStringLiteral("note")).toString(), QStringLiteral("known, stays"));
        }
    }
    // Accepted is not dismissed: the correction is approved but not yet made, so exit 1 again.
    decide({attention.first()}, il::LineDecision::Accepted, {});
    reconcile(1);
}
