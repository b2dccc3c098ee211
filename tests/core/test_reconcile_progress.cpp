// Issue 10 point 12: a month's load reports its phases in order with counts a person can follow
// ("Exact Online: invoice lines 1,200 of 1,230", "ConnectWise: additions of 320 of 659
// agreements"), the totals are the month's own, and a wait for Exact Online's rate limit says
// how long it will take.
#include "ReconcileHarness.h"

#include "async/LoadProgress.h"
#include "sandbox/exact/ExactFake.h"

#include <QLocale>

using il::LoadProgress;
using Phase = il::LoadProgress::Phase;

namespace {

class ProgressTest : public ReconcileTest {
protected:
    // Over 1,000 lines, so the counts carry thousands separators; 20 pages of 60.
    il::sandbox::SandboxOptions sandboxOptions() const override {
        il::sandbox::SandboxOptions o;
        o.data.lines = 1200;
        return o;
    }
    void SetUp() override {
        ReconcileTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void TearDown() override {
        QLocale::setDefault(QLocale::c());
        ReconcileTest::TearDown();
    }

    // Loads the demo month on a new run, keeping every progress it reports.
    std::unique_ptr<il::MonthRun> loadCollecting(QList<LoadProgress>* seen) {
        m_connections = std::make_unique<il::Connections>(*m_settings, m_secrets, il::Clock::system(),
                                                          tempDir() + QStringLiteral("/token.lock"));
        auto run = std::make_unique<il::MonthRun>(*m_connections, *m_database, *m_settings,
                                                  il::MonthRun::Identity{QStringLiteral("tester"), QStringLiteral("cli")});
        QObject::connect(run.get(), &il::MonthRun::loadProgress, [seen](const LoadProgress& p) { seen->append(p); });
        il::runSync(run->load(sandbox().data().demoMonth));
        return run;
    }
};

QList<Phase> phasesOf(const QList<LoadProgress>& seen) {
    QList<Phase> phases;
    for (const LoadProgress& p : seen)
        if (phases.isEmpty() || phases.last() != p.phase)
            phases.append(p.phase);
    return phases;
}

QList<LoadProgress> only(const QList<LoadProgress>& seen, Phase phase) {
    QList<LoadProgress> out;
    for (const LoadProgress& p : seen)
        if (p.phase == phase)
            out.append(p);
    return out;
}

} // namespace

TEST_F(ProgressTest, ALoadReportsItsPhasesInOrderWithTheMonthsCounts) {
    QList<LoadProgress> seen;
    auto run = loadCollecting(&seen);
    const int lines = int(run->result().records.size());
    ASSERT_GE(lines, 1200);

    const QList<Phase> expected{Phase::ExactInvoices, Phase::ExactLines,           Phase::ExactDetails,
                                Phase::ConnectWiseAgreements, Phase::ConnectWiseAdditions, Phase::Checking,
                                Phase::Done};
    EXPECT_EQ(phasesOf(seen), expected);

    // Exact's lines: the total is known from the first page on (one count, no extra call), and
    // the count climbs a page at a time up to the month's lines.
    const QList<LoadProgress> exactLines = only(seen, Phase::ExactLines);
    ASSERT_GE(exactLines.size(), 20) << "one step per page of 60";
    for (const LoadProgress& p : exactLines)
        EXPECT_EQ(p.total, lines);
    for (qsizetype i = 1; i < exactLines.size(); ++i)
        EXPECT_GT(exactLines[i].done, exactLines[i - 1].done);
    EXPECT_EQ(exactLines.first().done, 60);
    EXPECT_EQ(exactLines.last().done, lines);
    EXPECT_EQ(exactLines.last().text(), QStringLiteral("Exact Online: invoice lines %1 of %1")
                                            .arg(QLocale().toString(lines)));
    EXPECT_TRUE(exactLines.last().text().contains(u',')) << "thousands separators of the user's locale";

    // ConnectWise's additions: one step per agreement, up to every agreement whose additions
    // the month needs; the agreements' total is known once the agreements are read.
    const QList<LoadProgress> additions = only(seen, Phase::ConnectWiseAdditions);
    ASSERT_FALSE(additions.isEmpty());
    const int agreements = additions.last().total;
    EXPECT_GT(agreements, 0);
    EXPECT_LE(agreements, run->directory().agreements.size());
    EXPECT_EQ(additions.last().done, agreements);
    for (const LoadProgress& p : additions)
        EXPECT_EQ(p.total, agreements);
    QSet<int> withAdditions;
    for (const il::Addition& a : run->directory().additions)
        withAdditions.insert(a.agreementId);
    EXPECT_GE(agreements, withAdditions.size()) << "every agreement with additions was counted";
    EXPECT_EQ(additions.last().text(),
              QStringLiteral("ConnectWise: additions of %1 of %1 agreements").arg(QLocale().toString(agreements)));

    const QList<LoadProgress> companies = only(seen, Phase::ConnectWiseAgreements);
    ASSERT_FALSE(companies.isEmpty());
    EXPECT_EQ(companies.last().done, companies.last().total);
    EXPECT_GT(companies.last().total, 0);

    EXPECT_EQ(seen.last().phase, Phase::Done);
    EXPECT_EQ(seen.last().total, lines);
    EXPECT_EQ(seen.last().done, lines);
    for (const LoadProgress& p : seen)
        EXPECT_EQ(p.waitSeconds, 0) << "60 calls a minute are enough for this month";
}

TEST_F(ProgressTest, AWaitForExactsRateLimitSaysHowLongItTakes) {
    // 8 calls per 3-second window: the month's 25 or so Exact calls must wait twice or more.
    sandbox().exact().setRateLimit(8, 3000);
    QList<LoadProgress> seen;
    auto run = loadCollecting(&seen);
    QList<LoadProgress> waits;
    for (const LoadProgress& p : seen)
        if (p.waitSeconds > 0)
            waits.append(p);
    ASSERT_FALSE(waits.isEmpty()) << "the rate limit was hit";
    for (const LoadProgress& w : waits) {
        EXPECT_GE(w.waitSeconds, 1);
        EXPECT_LE(w.waitSeconds, 4) << "at most the 3-second window (and its safety margin), rounded up";
        EXPECT_TRUE(w.phase == Phase::ExactInvoices || w.phase == Phase::ExactLines || w.phase == Phase::ExactDetails)
            << il::LoadProgress::phaseName(w.phase).toStdString();
        EXPECT_TRUE(w.text().endsWith(QStringLiteral(" — waiting %1 s for Exact Online's rate limit").arg(w.waitSeconds)))
            << w.text().toStdString();
    }
    // The wait is shown within its phase, with that phase's counts, and the load goes on after.
    const qsizetype at = seen.indexOf(waits.first());
    ASSERT_GT(at, 0);
    EXPECT_EQ(seen[at - 1].phase, waits.first().phase);
    EXPECT_EQ(seen[at - 1].done, waits.first().done);
    ASSERT_LT(at + 1, seen.size());
    EXPECT_EQ(seen[at + 1].waitSeconds == 0 || seen[at + 1] == waits.first() || seen[at + 1].phase == waits.first().phase,
              true);
    EXPECT_EQ(seen.last().waitSeconds, 0) << "a step after the wait no longer waits";
    EXPECT_EQ(seen.last().phase, Phase::Done);
    EXPECT_EQ(seen.last().total, int(run->result().records.size()));
}
