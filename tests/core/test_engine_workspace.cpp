// The engine's composition root: a Workspace opened from a config file and secrets, the only
// thing a front end creates. Each load of a month is its own run with its own run record; the
// lookups of the pickers live in the workspace, cached, not in the run.

#include "SandboxFixture.h"

#include "reconcile/MonthDeviation.h"

#include "engine/CwLookups.h"
#include "engine/Workspace.h"
#include "net/CallCounter.h"
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/TransferLog.h"

#include <QFileInfo>

#include <algorithm>

using il::PushKind;

namespace {

QString key(QDate month) {
    return month.toString(QStringLiteral("yyyy-MM"));
}

class WorkspaceTest : public SandboxTest {
protected:
    void SetUp() override {
        SandboxTest::SetUp();
        if (HasFatalFailure())
            return;
        m_databasePath = tempDir() + QStringLiteral("/links.sqlite");
        m_configPath = writeConfig(QStringLiteral("sqlite://") + m_databasePath);
        m_workspace = open();
    }
    void TearDown() override {
        m_workspace.reset();
        SandboxTest::TearDown();
    }

    // As a front end opens it: the config file and the secrets (here in memory, seeded by the sandbox).
    std::unique_ptr<il::Workspace> open() {
        auto secrets = std::make_unique<il::MemorySecretStore>();
        const auto seeded = sandbox().secrets();
        for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
            il::runSync(secrets->write(it.key(), it.value()));
        return std::make_unique<il::Workspace>(
            std::make_unique<il::Settings>(m_configPath), std::move(secrets),
            il::Workspace::Options{.frontEnd = QStringLiteral("gui"),
                                   .user = QStringLiteral("tester"),
                                   .tokenLockPath = tempDir() + QStringLiteral("/token.lock")});
    }
    int cwCalls() { return m_workspace->connections().connectwiseHttp().calls().total(); }

    QString m_databasePath;
    QString m_configPath;
    std::unique_ptr<il::Workspace> m_workspace;
};

} // namespace

// The desktop loads September, then October in the same window and pushes October: two run
// records, September's finished with September's counts when October's load began, and every
// transfer row of the push filed under October's run, which the workspace finishes as it closes.
TEST_F(WorkspaceTest, EachLoadIsItsOwnRunAndAPushAfterSwitchingMonthsIsFiledUnderTheNewRun) {
    il::MonthRun& run = m_workspace->run();
    const QDate october = sandbox().data().demoMonth;
    const QDate september = october.addMonths(-1);

    il::runSync(run.load(september));
    const qint64 septemberRun = run.runId();
    const qsizetype septemberLines = run.result().records.size();
    ASSERT_NE(septemberRun, 0);
    ASSERT_GT(septemberLines, 0);

    il::runSync(run.load(october));
    const qint64 octoberRun = run.runId();
    ASSERT_NE(octoberRun, 0);
    EXPECT_NE(octoberRun, septemberRun) << "the second load must start a run record of its own";
    {
        il::TransferLog log(m_workspace->database());
        const auto first = log.run(septemberRun);
        ASSERT_TRUE(first);
        EXPECT_EQ(first->month, key(september));
        EXPECT_TRUE(first->endedAt.isValid()) << "switching months ends the run before";
        EXPECT_EQ(first->counts.value(QStringLiteral("lines")).toInt(), septemberLines);
        EXPECT_EQ(first->counts.value(QStringLiteral("pushed")).toInt(), 0);
        const auto second = log.run(octoberRun);
        ASSERT_TRUE(second);
        EXPECT_EQ(second->month, key(october));
        EXPECT_EQ(second->frontEnd, QStringLiteral("gui"));
        EXPECT_EQ(second->user, QStringLiteral("tester"));
        EXPECT_FALSE(second->endedAt.isValid()) << "October's run is still going";
    }

    const auto actions = run.plan({PushKind::Quantity, PushKind::Price});
    ASSERT_FALSE(actions.isEmpty()) << "the demo month has planted deviations to push";
    il::runSync(run.push(actions));
    const int pushed = run.result().pushed;
    const qsizetype octoberLines = run.result().records.size();
    ASSERT_GT(pushed, 0);
    m_workspace->close();

    il::Database database(QStringLiteral("sqlite://") + m_databasePath);
    il::TransferLog reread(database);
    const std::vector<il::Transfer> rows = reread.list();
    ASSERT_FALSE(rows.empty());
    for (const il::Transfer& t : rows) {
        EXPECT_EQ(t.runId, octoberRun) << "row " << t.id << " is filed under run " << t.runId;
        EXPECT_EQ(t.month, key(october));
    }
    const std::vector<il::RunRecord> runs = reread.runs();
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].id, septemberRun);
    EXPECT_EQ(runs[1].id, octoberRun);
    EXPECT_TRUE(runs[1].endedAt.isValid()) << "closing the workspace finishes the last run";
    EXPECT_EQ(runs[1].counts.value(QStringLiteral("pushed")).toInt(), pushed);
    EXPECT_EQ(runs[1].counts.value(QStringLiteral("lines")).toInt(), octoberLines);
}

// A command that needs only the connections (auth, invoice) leaves no database behind, and one
// that reads the log refuses a database that is not there instead of making an empty one.
TEST_F(WorkspaceTest, OpensOnlyWhatIsAskedFor) {
    m_workspace->connections();
    m_workspace->lookups();
    EXPECT_FALSE(QFileInfo::exists(m_databasePath));
    EXPECT_EQ(m_workspace->openDatabase(), nullptr);
    EXPECT_ANY_THROW(m_workspace->database(il::Workspace::DatabaseMode::MustExist));
    EXPECT_FALSE(QFileInfo::exists(m_databasePath));
    m_workspace->database();
    EXPECT_TRUE(QFileInfo::exists(m_databasePath));
}

// The pickers ask the workspace, which reads a list once and keeps it across runs; the agreements
// a month's load read are not read again; creating an agreement drops the company's list (read
// afresh next time) and puts the new agreement into the month's directory for setLink.
TEST_F(WorkspaceTest, LookupsAreCachedAcrossRunsAndCreatingDropsWhatItMakesStale) {
    il::MonthRun& run = m_workspace->run();
    il::CwLookups& lookups = m_workspace->lookups();
    il::runSync(run.load(sandbox().data().demoMonth));
    ASSERT_FALSE(run.directory().agreements.isEmpty());
    const il::Agreement known = run.directory().agreements.first();

    int before = cwCalls();
    const QList<il::Agreement> loaded = il::runSync(lookups.agreementsOf(known.companyId));
    EXPECT_EQ(cwCalls(), before) << "the month's load already read this company's agreements";
    EXPECT_EQ(loaded.size(), run.directory().agreementsOf(known.companyId).size());

    il::runSync(lookups.agreementTypes());
    il::runSync(lookups.catalog());
    before = cwCalls();
    il::runSync(run.load(sandbox().data().demoMonth.addMonths(-1))); // a new run
    const int afterLoad = cwCalls();
    il::runSync(lookups.agreementTypes());
    il::runSync(lookups.catalog());
    EXPECT_EQ(cwCalls(), afterLoad) << "reference lists and the catalog are kept across runs";
    EXPECT_GT(afterLoad, before);

    const QList<il::Reference> types = il::runSync(lookups.agreementTypes());
    ASSERT_FALSE(types.isEmpty());
    const QList<il::Contact> contacts = il::runSync(lookups.contactsOf(known.companyId));
    il::NewAgreement draft;
    draft.name = QStringLiteral("Workspace test agreement");
    draft.typeId = types.first().id;
    draft.companyId = known.companyId;
    draft.contactId = contacts.isEmpty() ? 0 : contacts.first().id;
    draft.startDate = sandbox().data().demoMonth;
    const il::Agreement created = il::runSync(lookups.createAgreement(draft));
    ASSERT_NE(created.id, 0);
    ASSERT_NE(run.directory().agreement(created.id), nullptr) << "the run's directory has the new agreement";

    before = cwCalls();
    const QList<il::Agreement> reread = il::runSync(lookups.agreementsOf(known.companyId));
    EXPECT_GT(cwCalls(), before) << "the company's list was dropped by the create";
    const bool found = std::any_of(reread.cbegin(), reread.cend(),
                                   [&](const il::Agreement& a) { return a.id == created.id; });
    EXPECT_TRUE(found);
}

// The chart of the months: the engine's series holds each loaded month's deviation amount, the
// month before from its finished run record and the loaded month live, the same figure the
// export's Deviation amount column adds up to.
TEST_F(WorkspaceTest, TheDeviationSeriesHoldsEveryLoadedMonthWithTheLoadedOneLive) {
    il::MonthRun& run = m_workspace->run();
    const QDate october = sandbox().data().demoMonth;
    const QDate september = october.addMonths(-1);
    EXPECT_TRUE(m_workspace->deviationByMonth().empty());

    il::runSync(run.load(september));
    const il::Decimal septemberAmount = il::MonthDeviation::compute(run.result().records).total;
    il::runSync(run.load(october));
    const il::Decimal octoberAmount = il::MonthDeviation::compute(run.result().records).total;
    EXPECT_GT(octoberAmount, il::Decimal()) << "the demo month has deviations";

    const std::vector<il::MonthAmount> months = m_workspace->deviationByMonth();
    ASSERT_EQ(months.size(), 2u);
    EXPECT_EQ(months[0], (il::MonthAmount{key(september), septemberAmount}));
    EXPECT_EQ(months[1], (il::MonthAmount{key(october), octoberAmount}));
    // September's figure comes from the database: another workspace on it sees it too.
    m_workspace.reset();
    m_workspace = open();
    const std::vector<il::MonthAmount> reopened = m_workspace->deviationByMonth();
    ASSERT_EQ(reopened.size(), 2u) << "October's run was finished when the workspace closed";
    EXPECT_EQ(reopened[0].amount, septemberAmount);
    EXPECT_EQ(reopened[1].amount, octoberAmount);
}
