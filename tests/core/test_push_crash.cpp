// Crashes and two writers, through the real command line against one sandbox: `kill -9` at
// random moments of a push batch, and two processes pushing one month on one PostgreSQL
// database. Afterwards every write ConnectWise received is in the transfer log once, and none
// was sent twice.
#include "CliFixture.h"
#include "PgTestServer.h"
#include "WriteLedger.h"

#include "sandbox/connectwise/ConnectWiseFake.h"
#include "sandbox/exact/ExactFake.h"
#include "store/Database.h"
#include "store/TransferLog.h"

#include <QElapsedTimer>
#include <QSettings>

#include <random>

namespace {

using std::chrono::milliseconds;

class PushCrashTest : public CliTest {
protected:
    il::sandbox::SandboxOptions sandboxOptions() const override { return {.latency = milliseconds(10)}; }

    QStringList reconcileArgs() {
        return {QStringLiteral("reconcile"), QStringLiteral("--month"),
                sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--apply"),
                QStringLiteral("all")};
    }
    void useDatabase(const QString& url) {
        QSettings ini(m_config, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), url);
    }
    QString databaseUrl() const { return QSettings(m_config, QSettings::IniFormat).value(QStringLiteral("database/url")).toString(); }

    // The ledger of the writes since `fromWrite` (server) and `fromRow` (log).
    il::test::LedgerCheck ledgerSince(qsizetype fromWrite, qint64 fromRow) {
        il::Database db(databaseUrl());
        std::vector<il::Transfer> rows;
        for (const il::Transfer& t : il::test::allTransferRows(db))
            if (t.id > fromRow)
                rows.push_back(t);
        const auto& all = sandbox().connectwise().appliedWrites();
        return il::test::compareLedger(all.mid(fromWrite), rows);
    }
    qint64 lastRow() {
        il::Database db(databaseUrl());
        return db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM transfers")).toLongLong();
    }
};

} // namespace

TEST_F(PushCrashTest, KillNineAtRandomMomentsOfAPushLeavesNoWriteUnrecordedOrDoubled) {
    storeSecrets(true);
    // Forty runs of the month would wait for Exact's 60-calls-a-minute window, which this test is
    // not about (test_exact_fake covers it); ConnectWise stays as strict as ever.
    sandbox().exact().setRateLimit(100000, 60000, 100000);
    const QList<il::Addition> pristine = sandbox().data().cw.additions;
    // How long a load and a whole push take here, so the kills fall inside the push.
    QElapsedTimer clock;
    clock.start();
    const CliResult dry = cli({QStringLiteral("reconcile"), QStringLiteral("--month"),
                               sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"))});
    ASSERT_EQ(dry.exitCode, 1) << dry.err.toStdString();
    const int loadMs = int(clock.elapsed());
    clock.restart();
    const CliResult full = cli(reconcileArgs());
    ASSERT_TRUE(full.exitCode == 0 || full.exitCode == 1) << full.err.toStdString();
    const int fullMs = int(clock.elapsed());
    const qsizetype fullWrites = sandbox().connectwise().appliedWrites().size();

    std::mt19937 random(20261201); // fixed: a failure can be replayed
    std::uniform_int_distribution<int> moment(loadMs, std::max(fullMs, loadMs + 200));
    const int rounds = 20;
    int killedMidPush = 0, applied = 0, logged = 0, doubled = 0, unrecorded = 0;
    for (int round = 0; round < rounds; ++round) {
        sandbox().data().cw.additions = pristine; // every round has the whole batch to push again
        const qsizetype fromWrite = sandbox().connectwise().appliedWrites().size();
        const qint64 fromRow = lastRow();
        CliProcess victim(m_home);
        victim.start(QStringList{QStringLiteral("--config"), m_config} + reconcileArgs());
        if (round % 2 == 0) {
            // Half the rounds die right after ConnectWise applied a random write of the batch:
            // with four writes in flight a push is short, and these kills land inside it for sure.
            const qsizetype afterWrites = std::uniform_int_distribution<qsizetype>(1, std::max<qsizetype>(1, fullWrites - 1))(random);
            victim.killWhen([this, fromWrite, afterWrites] {
                return sandbox().connectwise().appliedWrites().size() - fromWrite >= afterWrites;
            });
        } else {
            victim.killAfter(moment(random)); // any moment: in the load, in the push or after it
        }
        const CliResult killed = victim.wait();
        const qsizetype writesBeforeRerun = sandbox().connectwise().appliedWrites().size() - fromWrite;
        killedMidPush += killed.exitCode == -1 && writesBeforeRerun > 0 && writesBeforeRerun < fullWrites;
        // The run after the crash settles what the dead one left unknown, then pushes the rest.
        CliProcess after(m_home);
        after.start(QStringList{QStringLiteral("--config"), m_config} + reconcileArgs());
        const CliResult rerun = after.wait({}, 120000);
        ASSERT_TRUE(rerun.exitCode == 0 || rerun.exitCode == 1) << rerun.exitCode << " " << rerun.err.toStdString() << rerun.out.toStdString();
        const il::test::LedgerCheck check = ledgerSince(fromWrite, fromRow);
        EXPECT_TRUE(check.ok()) << "round " << round << ":\n" << check.problems.join(u'\n').toStdString();
        applied += check.appliedWrites;
        logged += check.loggedPushes;
        doubled += check.doubleWrites;
        unrecorded += check.unrecorded + check.pendingIntents;
    }
    std::cout << "[ crash    ] " << rounds << " kill -9 rounds (" << killedMidPush << " during a push): " << applied
              << " writes applied, " << logged << " logged as pushed, " << doubled << " double, " << unrecorded
              << " unrecorded\n";
    EXPECT_GE(killedMidPush, rounds / 3) << "too few kills fell inside a push batch to prove anything";
    EXPECT_EQ(doubled, 0);
    EXPECT_EQ(unrecorded, 0);
    EXPECT_EQ(applied, logged);
    il::Database db(databaseUrl());
    EXPECT_TRUE(il::TransferLog(db).verify().ok);
}

TEST_F(PushCrashTest, TwoProcessesPushingOneMonthOnPostgresWriteNothingTwice) {
    if (il::test::PgTestServer::serverUrl().isEmpty()) {
        if (il::test::PgTestServer::requiredByCi())
            FAIL() << "CI=true but INVOICELINK_TEST_PG_URL is not set";
        GTEST_SKIP() << "set INVOICELINK_TEST_PG_URL to run the two-writer test";
    }
    il::test::PgTestServer pg;
    ASSERT_TRUE(pg.error().isEmpty()) << pg.error().toStdString();
    useDatabase(pg.url());
    storeSecrets(true);
    sandbox().exact().setRateLimit(100000, 60000, 100000); // as above: not what this test is about
    const QList<il::Addition> pristine = sandbox().data().cw.additions;
    int applied = 0, doubled = 0, unrecorded = 0;
    const int rounds = 5;
    for (int round = 0; round < rounds; ++round) {
        sandbox().data().cw.additions = pristine;
        const qsizetype fromWrite = sandbox().connectwise().appliedWrites().size();
        const qint64 fromRow = round ? lastRow() : 0;
        CliProcess first(m_home), second(m_home);
        first.start(QStringList{QStringLiteral("--config"), m_config} + reconcileArgs());
        second.start(QStringList{QStringLiteral("--config"), m_config} + reconcileArgs());
        const CliResult a = first.wait({}, 120000);
        const CliResult b = second.wait({}, 120000);
        EXPECT_TRUE(a.exitCode == 0 || a.exitCode == 1) << a.err.toStdString();
        EXPECT_TRUE(b.exitCode == 0 || b.exitCode == 1) << b.err.toStdString();
        const il::test::LedgerCheck check = ledgerSince(fromWrite, fromRow);
        EXPECT_TRUE(check.ok()) << "round " << round << ":\n" << check.problems.join(u'\n').toStdString();
        EXPECT_GT(check.appliedWrites, 10);
        applied += check.appliedWrites;
        doubled += check.doubleWrites;
        unrecorded += check.unrecorded + check.pendingIntents;
    }
    std::cout << "[ 2 writers] " << rounds << " rounds of two processes: " << applied << " writes applied, " << doubled
              << " double, " << unrecorded << " unrecorded\n";
    EXPECT_EQ(doubled, 0);
    EXPECT_EQ(unrecorded, 0);
}
