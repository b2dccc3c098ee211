// issue 10 points 4 and 5 through the real engine against the sandbox: a decision on a line is
// put on the record, logged with who and when, respected by the push plan, kept by the next load,
// undoable, and carried into a later month only where the same deviation repeats.
#include "ReconcileHarness.h"

#include "reconcile/LineStatus.h"
#include "store/LineDecisions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using il::LineDecision;
using il::LineStatus;
using il::PushKind;

namespace {

const QSet<PushKind> kAllKinds{PushKind::Quantity, PushKind::Price, PushKind::Create};

bool planned(const il::MonthRun& run, qsizetype row) {
    for (const il::PushAction& a : run.plan(kAllKinds))
        if (a.lineIndexes.contains(row))
            return true;
    return false;
}

std::vector<il::Transfer> decisionRows(il::Database& db) {
    std::vector<il::Transfer> out;
    for (const il::Transfer& t : il::TransferLog(db).list())
        if (t.field == il::TransferField::Decision)
            out.push_back(t);
    return out;
}

} // namespace

class ReconcileDecisions : public ReconcileTest {
protected:
    // A quantity deviation on a line of its own that a push would fix.
    qsizetype pushableQuantityLine(const il::MonthRun& run) {
        const auto& records = run.result().records;
        for (qsizetype i = 0; i < records.size(); ++i)
            if (records[i].finding.status == LineStatus::QuantityMismatch && records[i].finding.groupSize == 1 &&
                planned(run, i))
                return i;
        ADD_FAILURE() << "the demo plants quantity deviations";
        return -1;
    }
    QString previousMonth() {
        return sandbox().data().demoMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    }
};

TEST_F(ReconcileDecisions, ADismissedLineIsLoggedLeftOutOfThePushAndKeptByTheNextLoad) {
    auto run = loadMonth();
    const qsizetype row = pushableQuantityLine(*run);
    ASSERT_GE(row, 0);
    const QString lineId = run->result().records[row].line().lineId;
    const int attentionBefore = run->result().needingAttention();

    QSignalSpy changed(run.get(), &il::MonthRun::linesChanged);
    run->decide({row}, LineDecision::Dismissed, QStringLiteral("two licences are free of charge"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed[0][0].value<QList<qsizetype>>().contains(row));
    EXPECT_EQ(run->result().records[row].decision, LineDecision::Dismissed);
    EXPECT_EQ(run->result().records[row].note, QStringLiteral("two licences are free of charge"));
    EXPECT_FALSE(planned(*run, row)) << "a dismissed deviation stays as it is";
    EXPECT_EQ(run->result().needingAttention(), attentionBefore - 1);

    const auto rows = decisionRows(*m_database);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].lineId, lineId);
    EXPECT_EQ(rows[0].user, QStringLiteral("tester"));
    EXPECT_EQ(rows[0].outcome, il::TransferOutcome::Recorded);
    EXPECT_EQ(rows[0].note, QStringLiteral("two licences are free of charge"));
    EXPECT_TRUE(rows[0].createdAt.isValid());
    EXPECT_EQ(rows[0].runId, run->runId());
    EXPECT_EQ(QJsonDocument::fromJson(rows[0].detail.toUtf8()).object().value(QStringLiteral("decision")).toString(),
              QStringLiteral("dismissed"));
    EXPECT_TRUE(il::TransferLog(*m_database).verify().ok);

    auto again = loadMonth();
    EXPECT_EQ(again->result().records[row].decision, LineDecision::Dismissed);
    EXPECT_EQ(again->result().records[row].note, QStringLiteral("two licences are free of charge"));
    EXPECT_FALSE(planned(*again, row));
}

TEST_F(ReconcileDecisions, AnUndoIsLoggedAndBringsTheLineBackIntoThePush) {
    auto run = loadMonth();
    const qsizetype row = pushableQuantityLine(*run);
    ASSERT_GE(row, 0);
    run->decide({row}, LineDecision::Dismissed);
    run->decide({row}, LineDecision::None);
    EXPECT_EQ(run->result().records[row].decision, LineDecision::None);
    EXPECT_TRUE(planned(*run, row));
    const auto rows = decisionRows(*m_database);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_TRUE(QJsonDocument::fromJson(rows[1].detail.toUtf8()).object().value(QStringLiteral("decision")).isNull())
        << "an undo is logged as a decision row without a decision";
    EXPECT_TRUE(il::TransferLog(*m_database).verify().ok);
    EXPECT_EQ(loadMonth()->result().records[row].decision, LineDecision::None);
}

TEST_F(ReconcileDecisions, OneLineOfAGroupDecidesTheWholeGroup) {
    auto run = loadMonth();
    const auto& records = run->result().records;
    qsizetype row = -1;
    for (qsizetype i = 0; i < records.size() && row < 0; ++i)
        if (records[i].finding.groupSize > 1)
            row = i;
    ASSERT_GE(row, 0) << "the demo plants grouped lines";
    run->decide({row}, LineDecision::Accepted, QStringLiteral("checked with the customer"));
    int accepted = 0;
    for (const il::LineRecord& r : run->result().records)
        if (r.linked.agreementId == records[row].linked.agreementId &&
            r.linked.productIdentifier == records[row].linked.productIdentifier) {
            EXPECT_EQ(r.decision, LineDecision::Accepted);
            ++accepted;
        }
    EXPECT_EQ(accepted, records[row].finding.groupSize);
    EXPECT_EQ(run->result().count(LineDecision::Accepted), accepted);
}

TEST_F(ReconcileDecisions, ALastMonthsDecisionCarriesOverOnlyWhereTheSameDeviationRepeats) {
    auto run = loadMonth();
    const qsizetype row = pushableQuantityLine(*run);
    ASSERT_GE(row, 0);
    const il::LineRecord record = run->result().records[row];
    // Last month the same line showed the same deviation and was dismissed: a record as the
    // engine stores it, under the previous month and another line id (Exact's ids are per month).
    il::LineDecisions store(*m_database, QStringLiteral("ann"));
    store.record(previousMonth(),
                 {{QStringLiteral("last-months-line"), record.line().customerKey, record.line().itemCode,
                   record.linked.agreementId, record.linked.productIdentifier, il::MonthRun::deviationOf(record)}},
                 LineDecision::Dismissed, QStringLiteral("free licences, agreed in writing"));
    auto next = loadMonth();
    EXPECT_EQ(next->result().records[row].decision, LineDecision::Dismissed);
    EXPECT_EQ(next->result().records[row].note, QStringLiteral("free licences, agreed in writing"));
    EXPECT_FALSE(planned(*next, row));
    int dismissed = 0;
    for (const il::LineRecord& r : next->result().records)
        dismissed += r.decision == LineDecision::Dismissed;
    EXPECT_EQ(dismissed, 1) << "no other line took it";

    // ConnectWise's quantity moved: the deviation is another one, the decision does not hold.
    ASSERT_FALSE(record.finding.additionIds.isEmpty());
    cwAddition(record.finding.additionIds.first()).quantity =
        cwAddition(record.finding.additionIds.first()).quantity + il::Decimal::fromString(u"1");
    auto changed = loadMonth();
    EXPECT_NE(il::MonthRun::deviationOf(changed->result().records[row]), il::MonthRun::deviationOf(record));
    EXPECT_EQ(changed->result().records[row].decision, LineDecision::None);
    EXPECT_TRUE(changed->result().records[row].note.isEmpty());
}

TEST_F(ReconcileDecisions, ANoteOnAnyLineIsKeptWithoutADecision) {
    auto run = loadMonth();
    qsizetype okRow = -1;
    for (qsizetype i = 0; i < run->result().records.size() && okRow < 0; ++i)
        if (run->result().records[i].finding.status == LineStatus::Ok)
            okRow = i;
    ASSERT_GE(okRow, 0);
    QSignalSpy changed(run.get(), &il::MonthRun::linesChanged);
    run->setNotes({okRow}, QStringLiteral("ask sales about the renewal"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(run->result().records[okRow].note, QStringLiteral("ask sales about the renewal"));
    EXPECT_EQ(run->result().records[okRow].decision, LineDecision::None);
    EXPECT_EQ(loadMonth()->result().records[okRow].note, QStringLiteral("ask sales about the renewal"));
}
