// MonthRun says which lines an in-place change (a link set by hand, a push) changed, so a view
// can redraw those rows only: exactly the records that differ, none more, none fewer, and no
// whole-result signal (that one means a new load).
#include "ReconcileHarness.h"

#include "reconcile/LineStatus.h"
#include "reconcile/NameNormalizer.h"

#include <QSignalSpy>

#include <algorithm>

using il::LineStatus;
using il::PushKind;

namespace {

// The rows at which two results differ, worked out field by field (not through operator==, which
// is what MonthRun itself uses): the link, the verdict and what a push did.
QList<qsizetype> differingRows(const QList<il::LineRecord>& before, const QList<il::LineRecord>& after) {
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const il::LineRecord& b = before[i];
        const il::LineRecord& a = after[i];
        const bool same = b.linked.companyId == a.linked.companyId && b.linked.agreementId == a.linked.agreementId &&
                          b.linked.productIdentifier == a.linked.productIdentifier &&
                          b.linked.companyOrigin == a.linked.companyOrigin &&
                          b.linked.agreementOrigin == a.linked.agreementOrigin &&
                          b.linked.unlinkedReason == a.linked.unlinkedReason &&
                          b.finding.status == a.finding.status && b.finding.reason == a.finding.reason &&
                          b.finding.additionIds == a.finding.additionIds && b.finding.cwQuantity == a.finding.cwQuantity &&
                          b.finding.cwComparedPrice == a.finding.cwComparedPrice && b.action == a.action &&
                          b.actionDetail == a.actionDetail && b.outcome == a.outcome;
        if (!same)
            rows.append(i);
    }
    return rows;
}

QList<qsizetype> sorted(QList<qsizetype> rows) {
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

TEST_F(ReconcileTest, ALinkSetByHandReportsExactlyTheLinesOfThatCustomer) {
    auto run = loadMonth();
    const QList<il::LineRecord> before = run->result().records;
    qsizetype ambiguous = -1;
    for (qsizetype i = 0; i < before.size() && ambiguous < 0; ++i)
        if (before[i].finding.reason.startsWith(QStringLiteral("several companies match")))
            ambiguous = i;
    ASSERT_GE(ambiguous, 0) << "the demo plants an ambiguous company";
    const QString key = before[ambiguous].line().customerKey;
    int companyId = 0;
    for (const il::Company& c : run->companies())
        if (il::NameNormalizer::normalize(c.name) == il::NameNormalizer::normalize(key))
            companyId = c.id;
    ASSERT_NE(companyId, 0);
    QList<qsizetype> ofCustomer;
    for (qsizetype i = 0; i < before.size(); ++i)
        if (before[i].line().customerKey == key)
            ofCustomer.append(i);

    QSignalSpy lines(run.get(), &il::MonthRun::linesChanged);
    QSignalSpy whole(run.get(), &il::MonthRun::resultChanged);
    il::runSync(run->setLink(ambiguous, companyId, 0, QString()));

    ASSERT_EQ(lines.count(), 1);
    EXPECT_EQ(whole.count(), 0) << "a link is an in-place change, not a new load";
    const QList<qsizetype> reported = lines[0][0].value<QList<qsizetype>>();
    const QList<il::LineRecord>& after = run->result().records;
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(reported, differingRows(before, after));
    // Every line of that customer took the company; no other line moved.
    EXPECT_EQ(reported, ofCustomer);
    for (qsizetype i : ofCustomer)
        EXPECT_EQ(after[i].linked.companyId, companyId) << i;
    EXPECT_LT(reported.size(), after.size());
}

TEST_F(ReconcileTest, APushReportsExactlyTheLinesItFixedAndASecondPushNone) {
    auto run = loadMonth();
    const QList<il::LineRecord> before = run->result().records;
    const QList<il::PushAction> plan = run->plan({PushKind::Quantity});
    il::PushAction chosen;
    for (const il::PushAction& a : plan) {
        bool onlyQuantity = !a.skipped() && !a.lineIndexes.isEmpty() && chosen.lineIndexes.isEmpty();
        for (qsizetype i : a.lineIndexes)
            onlyQuantity &= before[i].finding.status == LineStatus::QuantityMismatch;
        if (onlyQuantity)
            chosen = a;
    }
    ASSERT_FALSE(chosen.lineIndexes.isEmpty()) << "the demo plants a quantity to push";

    QSignalSpy lines(run.get(), &il::MonthRun::linesChanged);
    QSignalSpy whole(run.get(), &il::MonthRun::resultChanged);
    const QList<il::PushAction> one{chosen};
    const auto outcomes = il::runSync(run->push(one));
    ASSERT_EQ(outcomes.size(), 1);
    ASSERT_EQ(outcomes[0].action, il::LineAction::Updated) << outcomes[0].detail.toStdString();

    ASSERT_EQ(lines.count(), 1);
    EXPECT_EQ(whole.count(), 0);
    const QList<qsizetype> reported = lines[0][0].value<QList<qsizetype>>();
    const QList<il::LineRecord> after = run->result().records;
    EXPECT_EQ(reported, differingRows(before, after));
    EXPECT_EQ(reported, sorted(chosen.lineIndexes));
    for (qsizetype i : chosen.lineIndexes) {
        EXPECT_EQ(after[i].action, il::LineAction::Updated);
        EXPECT_EQ(after[i].outcome, il::TransferOutcome::Pushed);
        EXPECT_EQ(after[i].finding.status, LineStatus::Ok) << after[i].finding.reason.toStdString();
    }

    // Settling only (nothing to send) changes no line, and says so.
    lines.clear();
    il::runSync(run->push({}));
    ASSERT_EQ(lines.count(), 1);
    EXPECT_TRUE(lines[0][0].value<QList<qsizetype>>().isEmpty());
    EXPECT_EQ(run->result().records, after);
}

TEST(MonthRunChangedRows, NamesTheDifferingRecordsInOrderAndRowsBeyondTheShorterList) {
    QList<il::LineRecord> a(4);
    for (qsizetype i = 0; i < a.size(); ++i)
        a[i].linked.line.lineId = QString::number(i);
    QList<il::LineRecord> b = a;
    EXPECT_TRUE(il::MonthRun::changedRows(a, b).isEmpty());
    b[3].actionDetail = QStringLiteral("sent");
    b[1].finding.status = LineStatus::Ok;
    EXPECT_EQ(il::MonthRun::changedRows(a, b), (QList<qsizetype>{1, 3}));
    b[0].outcome = il::TransferOutcome::RefusedChanged;
    b.append(il::LineRecord{});
    EXPECT_EQ(il::MonthRun::changedRows(a, b), (QList<qsizetype>{0, 1, 3, 4}));
}
