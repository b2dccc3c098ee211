// issue 10 point 4: decisions on lines are stored per month and found again in a later month only
// for the same line (customer key, item code, agreement, product) showing the same deviation; an
// undo is kept, so it also stops an earlier month's decision from carrying on. Both backends.
#include "PgTestServer.h"

#include "settings/Clock.h"
#include "store/Database.h"
#include "store/LineDecisions.h"

using il::DecidedLine;
using il::LineDecision;
using il::LineDecisions;
using il::test::StoreTest;

namespace {

DecidedLine line(const char* lineId, const char* deviation) {
    return {QLatin1String(lineId), QStringLiteral("ACME"),         QStringLiteral("M365-BP"),
            501,                   QStringLiteral("M365-BUSINESS"), QLatin1String(deviation)};
}

} // namespace

class StoreDecisions : public StoreTest {
protected:
    il::ManualClock clock{QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)};
};
IL_STORE_TEST_BACKENDS(StoreDecisions);

TEST_P(StoreDecisions, ADecisionIsKeptWithWhoWhenAndNoteAndReplacedByTheNextOne) {
    auto db = open();
    LineDecisions decisions(*db, QStringLiteral("ann"), clock);
    decisions.record(QStringLiteral("2024-04"), {line("l-1", "quantity_mismatch q=2 p=0")}, LineDecision::Dismissed,
                     QStringLiteral("two licences are free"));

    auto april = decisions.ofMonth(QStringLiteral("2024-04"));
    ASSERT_EQ(april.size(), 1u);
    EXPECT_EQ(april[0].decision, LineDecision::Dismissed);
    EXPECT_EQ(april[0].note, QStringLiteral("two licences are free"));
    EXPECT_EQ(april[0].decidedBy, QStringLiteral("ann"));
    EXPECT_EQ(april[0].decidedAt, clock.nowUtc());
    EXPECT_EQ(april[0].line.agreementId, 501);
    EXPECT_TRUE(decisions.ofMonth(QStringLiteral("2024-05")).empty());

    LineDecisions(*db, QStringLiteral("bob"), clock).record(QStringLiteral("2024-04"),
                                                            {line("l-1", "quantity_mismatch q=2 p=0")},
                                                            LineDecision::None, {});
    april = decisions.ofMonth(QStringLiteral("2024-04"));
    ASSERT_EQ(april.size(), 1u) << "an undo replaces the month's decision of the line";
    EXPECT_EQ(april[0].decision, LineDecision::None);
    EXPECT_EQ(april[0].decidedBy, QStringLiteral("bob"));
}

TEST_P(StoreDecisions, ALaterMonthSeesTheLatestEarlierDecisionPerLineAndDeviation) {
    auto db = open();
    LineDecisions decisions(*db, QStringLiteral("ann"), clock);
    decisions.record(QStringLiteral("2024-02"), {line("f-1", "price_mismatch q=0 p=-1")}, LineDecision::Accepted, {});
    decisions.record(QStringLiteral("2024-03"), {line("m-1", "price_mismatch q=0 p=-1")}, LineDecision::Dismissed,
                     QStringLiteral("old price until June"));
    decisions.record(QStringLiteral("2024-03"), {line("m-2", "quantity_mismatch q=1 p=0")}, LineDecision::Accepted, {});
    decisions.record(QStringLiteral("2024-05"), {line("y-1", "quantity_mismatch q=9 p=0")}, LineDecision::Dismissed, {});

    const auto before = decisions.latestBefore(QStringLiteral("2024-04"));
    ASSERT_EQ(before.size(), 2u) << "one per line identity and deviation; May is not before April";
    EXPECT_EQ(before[0].line.deviation, QStringLiteral("price_mismatch q=0 p=-1"));
    EXPECT_EQ(before[0].decision, LineDecision::Dismissed) << "March's decision replaces February's";
    EXPECT_EQ(before[0].note, QStringLiteral("old price until June"));
    EXPECT_EQ(before[1].line.deviation, QStringLiteral("quantity_mismatch q=1 p=0"));

    // An undo in April ends the carry-over for May.
    decisions.record(QStringLiteral("2024-04"), {line("a-1", "price_mismatch q=0 p=-1")}, LineDecision::None, {});
    int seen = 0;
    for (const auto& d : decisions.latestBefore(QStringLiteral("2024-05"))) {
        if (d.line.deviation == QLatin1String("price_mismatch q=0 p=-1")) {
            EXPECT_EQ(d.decision, LineDecision::None);
            ++seen;
        }
    }
    EXPECT_EQ(seen, 1);
}
