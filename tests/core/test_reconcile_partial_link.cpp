// Issue 10 point 11: an agreement picked for a line whose product is not linked (its item code
// has no catalog item) is kept on the line, shown, and remembered for the next run; picking the
// product afterwards completes the link with that agreement.
#include "ReconcileHarness.h"

#include "reconcile/LineStatus.h"

#include <QSignalSpy>

using il::LineStatus;

namespace {

// The first line linked to a company whose item code has no catalog item (the demo plants them).
qsizetype lineWithoutProduct(const il::MonthRun& run) {
    for (qsizetype i = 0; i < run.result().records.size(); ++i) {
        const il::LinkedLine& l = run.result().records[i].linked;
        if (l.companyId && l.productIdentifier.isEmpty() && !l.line.itemCode.isEmpty() &&
            run.result().records[i].finding.reason.contains(QStringLiteral("has no catalog item")))
            return i;
    }
    return -1;
}

// An agreement of the line's company, other than one the linker would pick anyway.
int agreementOf(const il::MonthRun& run, int companyId) {
    for (const il::Agreement& a : run.directory().agreements)
        if (a.companyId == companyId)
            return a.id;
    return 0;
}

} // namespace

TEST_F(ReconcileTest, AnAgreementPickedForALineWithoutProductIsKeptShownAndRemembered) {
    auto run = loadMonth();
    const qsizetype line = lineWithoutProduct(*run);
    ASSERT_GE(line, 0) << "the demo plants an item code without a catalog item";
    const il::InvoiceLine invoiceLine = run->result().records[line].line();
    const int company = run->result().records[line].linked.companyId;
    const int agreement = agreementOf(*run, company);
    ASSERT_NE(agreement, 0) << "the line's company has an agreement";

    QSignalSpy changed(run.get(), &il::MonthRun::linesChanged);
    il::runSync(run->setLink(line, company, agreement, QString()));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed[0][0].value<QList<qsizetype>>().contains(line)) << "the row shows the pick";
    const il::LineRecord& now = run->result().records[line];
    EXPECT_EQ(now.linked.agreementId, agreement) << "the pick is kept on the line";
    EXPECT_EQ(now.linked.agreementOrigin, il::LinkOrigin::Confirmed);
    EXPECT_TRUE(now.linked.productIdentifier.isEmpty());
    EXPECT_EQ(now.finding.status, LineStatus::Unlinked) << "still incomplete without a product";
    EXPECT_TRUE(now.finding.reason.contains(QStringLiteral("pick its product"))) << now.finding.reason.toStdString();

    // A new run (as next month, or a reload) remembers the partial link.
    auto next = loadMonth();
    bool seen = false;
    for (const il::LineRecord& r : next->result().records)
        if (r.line().customerKey == invoiceLine.customerKey && r.line().itemCode == invoiceLine.itemCode) {
            seen = true;
            EXPECT_EQ(r.linked.agreementId, agreement);
            EXPECT_EQ(r.linked.companyId, company);
        }
    EXPECT_TRUE(seen);

    // Picking a product next completes the link on that agreement.
    QString product;
    for (const il::Addition* a : next->directory().additionsOf(agreement))
        product = a->productIdentifier;
    if (product.isEmpty() && !next->directory().catalog.isEmpty())
        product = next->directory().catalog.first().identifier;
    ASSERT_FALSE(product.isEmpty());
    qsizetype again = -1;
    for (qsizetype i = 0; i < next->result().records.size(); ++i)
        if (next->result().records[i].line().lineId == invoiceLine.lineId)
            again = i;
    ASSERT_GE(again, 0);
    const il::LinkedLine kept = next->result().records[again].linked;
    il::runSync(next->setLink(again, kept.companyId, kept.agreementId, product));
    const il::LinkedLine& complete = next->result().records[again].linked;
    EXPECT_TRUE(complete.isLinked()) << next->result().records[again].finding.reason.toStdString();
    EXPECT_EQ(complete.agreementId, agreement);
}
