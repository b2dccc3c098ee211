// Issue 9 point 9: the ConnectWise reads that do not need Exact's answer (the agreements and
// additions of the companies the stored links name) run while Exact's sequential calls do, with
// the same month as a result and not one ConnectWise call more.
#include "ReconcileHarness.h"

#include "sandbox/SandboxServer.h"
#include "store/LinkStore.h"

#include <QSet>

namespace {

// Exact's line pages are slow, as a rate-limited Exact is: everything ConnectWise can do
// without them has time to happen meanwhile.
class PrefetchTest : public ReconcileTest {
protected:
    il::sandbox::SandboxOptions sandboxOptions() const override {
        il::sandbox::SandboxOptions options;
        il::sandbox::FaultSpec slowLines;
        slowLines.pathPattern = QStringLiteral("PurchaseInvoiceLines");
        slowLines.delayMs = 300;
        options.faults = {slowLines};
        return options;
    }

    static bool isAdditions(const QString& endpoint) {
        return endpoint.startsWith(QLatin1String("connectwise finance/agreements/")) &&
               endpoint.endsWith(QLatin1String("/additions"));
    }
    static QList<int> agreementIds(const il::MonthRun& run) {
        QList<int> ids;
        for (const il::Agreement& a : run.directory().agreements)
            ids << a.id;
        return ids;
    }
    static QList<int> additionIds(const il::MonthRun& run) {
        QList<int> ids;
        for (const il::Addition& a : run.directory().additions)
            ids << a.id;
        return ids;
    }
    static void expectSameMonth(const il::MonthRun& expected, const il::MonthRun& actual) {
        EXPECT_EQ(agreementIds(actual), agreementIds(expected));
        EXPECT_EQ(additionIds(actual), additionIds(expected));
        ASSERT_EQ(actual.result().records.size(), expected.result().records.size());
        for (qsizetype i = 0; i < expected.result().records.size(); ++i) {
            const il::Finding& e = expected.result().records[i].finding;
            const il::Finding& a = actual.result().records[i].finding;
            EXPECT_EQ(a.status, e.status) << "line " << i;
            EXPECT_EQ(a.reason, e.reason) << "line " << i;
            EXPECT_EQ(a.additionIds, e.additionIds) << "line " << i;
            EXPECT_EQ(a.cwQuantity, e.cwQuantity) << "line " << i;
            EXPECT_EQ(a.priceDifference, e.priceDifference) << "line " << i;
        }
    }
};

TEST_F(PrefetchTest, AdditionsOfRememberedCompaniesAreReadWhileExactIsReadWithoutOneCallMore) {
    // Last month's load: nothing remembered yet, so ConnectWise waits for Exact as it always did.
    const std::unique_ptr<il::MonthRun> last = loadMonth();
    const QMap<QString, int> lastCalls = m_connections->connectwiseHttp().calls().byEndpoint();
    const QStringList lastOrder = sandbox().server().arrivals();
    ASSERT_GT(lastCalls.value(QStringLiteral("finance/agreements/{id}/additions")), 10);

    sandbox().server().resetCounts();
    const std::unique_ptr<il::MonthRun> run = loadMonth();
    const QStringList order = sandbox().server().arrivals();

    qsizetype lastExact = -1, firstAdditions = -1;
    int additionsBeforeExactEnded = 0;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (order[i].startsWith(QLatin1String("exact ")))
            lastExact = i;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (isAdditions(order[i])) {
            if (firstAdditions < 0)
                firstAdditions = i;
            additionsBeforeExactEnded += i < lastExact ? 1 : 0;
        }
    ASSERT_GE(firstAdditions, 0);
    // Without stored links every additions call follows Exact's last; with them, every one
    // (the month's companies are all remembered) is made while Exact is still being read.
    qsizetype lastExactBefore = -1, firstAdditionsBefore = -1;
    for (qsizetype i = 0; i < lastOrder.size(); ++i) {
        if (lastOrder[i].startsWith(QLatin1String("exact ")))
            lastExactBefore = i;
        if (firstAdditionsBefore < 0 && isAdditions(lastOrder[i]))
            firstAdditionsBefore = i;
    }
    EXPECT_GT(firstAdditionsBefore, lastExactBefore);
    EXPECT_LT(firstAdditions, lastExact);
    EXPECT_EQ(additionsBeforeExactEnded,
              lastCalls.value(QStringLiteral("finance/agreements/{id}/additions")));

    // Read early, never read again: the same calls, endpoint by endpoint, and the same month.
    EXPECT_EQ(m_connections->connectwiseHttp().calls().byEndpoint(), lastCalls);
    expectSameMonth(*last, *run);
}

TEST_F(PrefetchTest, ARememberedCompanyTheMonthDoesNotInvoiceIsLeftOutOfTheMonth) {
    const std::unique_ptr<il::MonthRun> last = loadMonth();
    QSet<int> invoiced;
    for (const il::Agreement& a : last->directory().agreements)
        invoiced.insert(a.companyId);
    // A company with agreements (so an early read has something to leave out) but no line.
    int elsewhere = 0;
    for (const il::Agreement& a : sandbox().data().cw.agreements)
        if (!invoiced.contains(a.companyId) && !elsewhere)
            elsewhere = a.companyId;
    ASSERT_NE(elsewhere, 0);
    // A customer of an earlier month, confirmed by hand, who buys nothing this month.
    il::LinkStore(*m_database, QStringLiteral("tester"))
        .upsert(il::CustomerLink{
            QStringLiteral("Gone Customer BV"), elsewhere, il::LinkOrigin::Confirmed, {}, {}});

    const std::unique_ptr<il::MonthRun> run = loadMonth();
    for (const il::Agreement& a : run->directory().agreements)
        EXPECT_NE(a.companyId, elsewhere) << "agreement " << a.id << " of a company the month does not touch";
    expectSameMonth(*last, *run);
}

} // namespace
