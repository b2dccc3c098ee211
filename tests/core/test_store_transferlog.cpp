#include "PgTestServer.h"

#include "errors/UserError.h"
#include "settings/Clock.h"
#include "store/Database.h"
#include "store/LineNotes.h"
#include "store/LinkStore.h"
#include "store/TransferLog.h"

#include <QJsonObject>

#include <thread>

using il::Decimal;
using il::Transfer;
using il::TransferField;
using il::TransferLog;
using il::TransferOutcome;
using il::test::StoreTest;

namespace {

Transfer makeTransfer(const QString& month, int addition, TransferField field, const char* oldValue,
                      const char* newValue, TransferOutcome outcome) {
    Transfer t;
    t.month = month;
    t.lineId = QStringLiteral("9f1c-%1").arg(addition);
    t.agreementId = 500;
    t.additionId = addition;
    t.field = field;
    if (oldValue)
        t.oldValue = Decimal::fromString(QString::fromLatin1(oldValue));
    if (newValue)
        t.newValue = Decimal::fromString(QString::fromLatin1(newValue));
    t.outcome = outcome;
    t.message = QStringLiteral("OK");
    t.requestId = QStringLiteral("req-%1").arg(addition);
    t.user = QStringLiteral("ann");
    return t;
}

} // namespace

class StoreTransferLog : public StoreTest {
protected:
    il::ManualClock clock{QDateTime(QDate(2024, 5, 3), QTime(14, 30, 15, 250), Qt::UTC)};

    // Four rows over two months; returns the log's rows.
    std::vector<Transfer> appendFour(TransferLog& log) {
        std::vector<Transfer> out;
        out.push_back(log.append(
            makeTransfer("2024-04", 1, TransferField::Quantity, "3", "4", TransferOutcome::Pushed)));
        clock.advance(1);
        out.push_back(log.append(makeTransfer("2024-04", 2, TransferField::UnitCost, "19.99", "21.5",
                                              TransferOutcome::RefusedChanged)));
        out.push_back(log.append(
            makeTransfer("2024-05", 3, TransferField::Create, nullptr, "2", TransferOutcome::Failed)));
        out.push_back(log.append(makeTransfer("2024-05", 4, TransferField::UnitPrice, "-12.5", "-12.5",
                                              TransferOutcome::AlreadyInEffect)));
        return out;
    }
};
IL_STORE_TEST_BACKENDS(StoreTransferLog);

TEST_P(StoreTransferLog, AppendAssignsGaplessIdsChainsHashesAndReadsBackExactly) {
    auto db = open();
    TransferLog log(*db, clock);
    const auto written = appendFour(log);
    ASSERT_EQ(written.size(), 4u);
    for (size_t i = 0; i < written.size(); ++i) {
        EXPECT_EQ(written[i].id, static_cast<qint64>(i + 1));
        EXPECT_EQ(written[i].hash.size(), 64);
        EXPECT_EQ(written[i].prevHash, i == 0 ? QString(64, QLatin1Char('0')) : written[i - 1].hash);
    }
    const auto all = log.list();
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[1].month, QStringLiteral("2024-04"));
    EXPECT_EQ(all[1].createdAt, QDateTime(QDate(2024, 5, 3), QTime(14, 30, 16, 250), Qt::UTC));
    EXPECT_EQ(all[1].field, TransferField::UnitCost);
    EXPECT_EQ(all[1].oldValue, Decimal::fromString(u"19.99"));
    EXPECT_EQ(all[1].newValue, Decimal::fromString(u"21.5"));
    EXPECT_EQ(all[1].outcome, TransferOutcome::RefusedChanged);
    EXPECT_EQ(all[1].requestId, QStringLiteral("req-2"));
    EXPECT_EQ(all[1].hash, written[1].hash);
    EXPECT_FALSE(all[2].oldValue.has_value()) << "a create has no old value";
    EXPECT_EQ(all[3].newValue, Decimal::fromString(u"-12.5"));
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT old_value FROM transfers WHERE id = 2")).toString(),
              QStringLiteral("19.99"))
        << "money is stored as exact text";

    EXPECT_EQ(log.list(QStringLiteral("2024-05")).size(), 2u);
    const auto failed = log.list({}, TransferOutcome::Failed);
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].additionId, 3);
    EXPECT_TRUE(log.list(QStringLiteral("2024-04"), TransferOutcome::Failed).empty());
    EXPECT_TRUE(log.verify().ok);
    EXPECT_THROW(
        log.append(makeTransfer("2024-13", 1, TransferField::Quantity, "1", "2", TransferOutcome::Pushed)),
        std::invalid_argument);
}

TEST_P(StoreTransferLog, RunsRecordMonthUserFrontEndTimesAndCounts) {
    auto db = open();
    TransferLog log(*db, clock);
    const qint64 runId =
        log.startRun(QStringLiteral("2024-04"), QStringLiteral("ann"), QStringLiteral("cli"));
    Transfer t = makeTransfer("2024-04", 1, TransferField::Quantity, "1", "2", TransferOutcome::Pushed);
    t.runId = runId;
    log.append(t);
    clock.advance(90);
    log.finishRun(runId, QJsonObject{{QStringLiteral("lines"), 150}, {QStringLiteral("pushed"), 1}});
    const auto run = log.run(runId);
    ASSERT_TRUE(run.has_value());
    EXPECT_EQ(run->month, QStringLiteral("2024-04"));
    EXPECT_EQ(run->user, QStringLiteral("ann"));
    EXPECT_EQ(run->frontEnd, QStringLiteral("cli"));
    EXPECT_EQ(run->startedAt.secsTo(run->endedAt), 90);
    EXPECT_EQ(run->counts.value(QStringLiteral("lines")).toInt(), 150);
    EXPECT_EQ(log.list()[0].runId, runId);
    log.startRun(QStringLiteral("2024-05"), QStringLiteral("bob"), QStringLiteral("gui"));
    EXPECT_EQ(log.runs().size(), 2u);
    ASSERT_EQ(log.runs(QStringLiteral("2024-05")).size(), 1u);
    EXPECT_FALSE(log.runs(QStringLiteral("2024-05"))[0].endedAt.isValid());
    EXPECT_THROW(log.startRun(QStringLiteral("2024-05"), QStringLiteral("bob"), QStringLiteral("web")),
                 std::invalid_argument);
}

TEST_P(StoreTransferLog, VerifyCatchesAnEditedRowAndNamesIt) {
    auto db = open();
    TransferLog log(*db, clock);
    appendFour(log);
    const auto ok = log.verify();
    EXPECT_TRUE(ok.ok) << ok.reason.toStdString();
    EXPECT_EQ(ok.rowsChecked, 4);
    db->exec(QStringLiteral("UPDATE transfers SET new_value = '25' WHERE id = 2"));
    const auto bad = log.verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 2);
    EXPECT_TRUE(bad.reason.contains(QStringLiteral("row 2 was changed"))) << bad.reason.toStdString();
}

TEST_P(StoreTransferLog, VerifyCatchesAnEditedRowWhoseHashWasRecomputed) {
    auto db = open();
    TransferLog log(*db, clock);
    appendFour(log);
    // A careful forger fixes row 2's own hash; row 3's link to it then breaks.
    db->exec(QStringLiteral("UPDATE transfers SET outcome = 'pushed', hash = ? WHERE id = 2"),
             {QString(64, QLatin1Char('a'))});
    const auto bad = log.verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 2);
}

TEST_P(StoreTransferLog, VerifyCatchesADeletedMiddleRow) {
    auto db = open();
    TransferLog log(*db, clock);
    appendFour(log);
    db->exec(QStringLiteral("DELETE FROM transfers WHERE id = 2"));
    const auto bad = log.verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 2);
    EXPECT_TRUE(bad.reason.contains(QStringLiteral("row 2 is missing"))) << bad.reason.toStdString();
}

TEST_P(StoreTransferLog, VerifyCatchesADeletedMiddleRowEvenWhenTheIdsAreClosedUp) {
    auto db = open();
    TransferLog log(*db, clock);
    appendFour(log);
    db->exec(QStringLiteral("DELETE FROM transfers WHERE id = 2"));
    db->exec(QStringLiteral("UPDATE transfers SET id = id - 1 WHERE id > 2"));
    const auto bad = log.verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 2);
}

TEST_P(StoreTransferLog, VerifyCatchesADeletedLastRow) {
    auto db = open();
    TransferLog log(*db, clock);
    appendFour(log);
    db->exec(QStringLiteral("DELETE FROM transfers WHERE id = 4"));
    const auto bad = log.verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 4);
    EXPECT_TRUE(bad.reason.contains(QStringLiteral("row 4 is missing"))) << bad.reason.toStdString();
}

TEST_P(StoreTransferLog, VerifyCatchesEveryRowDeleted) {
    auto db = open();
    TransferLog log(*db, clock);
    appendFour(log);
    db->exec(QStringLiteral("DELETE FROM transfers"));
    const auto bad = log.verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 1);
}

TEST_P(StoreTransferLog, AnEmptyLogVerifies) {
    auto db = open();
    TransferLog log(*db, clock);
    const auto v = log.verify();
    EXPECT_TRUE(v.ok);
    EXPECT_EQ(v.rowsChecked, 0);
}

TEST_P(StoreTransferLog, TwoConnectionsWritingAtOnceLoseNothingAndKeepTheChain) {
    {
        auto init = open(); // migrations first, so the threads only contend on writes
    }
    constexpr int kEach = 25;
    std::string errors[2];
    auto writer = [this](int who, std::string* error) {
        try {
            il::Database db(url()); // its own connection, as another process would have
            TransferLog log(db);
            il::LinkStore links(db, QStringLiteral("user%1").arg(who));
            for (int i = 0; i < kEach; ++i) {
                const int n = who * 1000 + i;
                log.append(
                    makeTransfer("2024-04", n, TransferField::Quantity, "1", "2", TransferOutcome::Pushed));
                links.upsert(il::CustomerLink{QStringLiteral("C%1").arg(n), n, il::LinkOrigin::Auto});
            }
        } catch (const std::exception& e) {
            *error = e.what();
        }
    };
    std::thread a(writer, 1, &errors[0]);
    std::thread b(writer, 2, &errors[1]);
    a.join();
    b.join();
    EXPECT_EQ(errors[0], "");
    EXPECT_EQ(errors[1], "");

    auto db = open();
    TransferLog log(*db);
    const auto rows = log.list();
    EXPECT_EQ(rows.size(), 2u * kEach);
    const auto v = log.verify();
    EXPECT_TRUE(v.ok) << v.reason.toStdString();
    EXPECT_EQ(v.rowsChecked, 2 * kEach);
    EXPECT_EQ(il::LinkStore(*db, QStringLiteral("x")).customerLinks().size(), 2u * kEach);
}

TEST_P(StoreTransferLog, LineNotesCanBeSetChangedListedAndCleared) {
    auto db = open();
    il::LineNotes notes(*db, QStringLiteral("ann"), clock);
    EXPECT_EQ(notes.note(QStringLiteral("2024-04"), QStringLiteral("L1")), QString());
    notes.setNote(QStringLiteral("2024-04"), QStringLiteral("L1"), QStringLiteral("credited in May"));
    notes.setNote(QStringLiteral("2024-04"), QStringLiteral("L2"), QStringLiteral("ask sales"));
    notes.setNote(QStringLiteral("2024-05"), QStringLiteral("L1"), QStringLiteral("other month"));
    clock.advance(10);
    notes.setNote(QStringLiteral("2024-04"), QStringLiteral("L1"), QStringLiteral("credited in June"));
    EXPECT_EQ(notes.note(QStringLiteral("2024-04"), QStringLiteral("L1")),
              QStringLiteral("credited in June"));
    const auto april = notes.notes(QStringLiteral("2024-04"));
    ASSERT_EQ(april.size(), 2u);
    EXPECT_EQ(april[0].lineId, QStringLiteral("L1"));
    EXPECT_EQ(april[0].updatedBy, QStringLiteral("ann"));
    EXPECT_EQ(april[0].updatedAt, clock.nowUtc());
    EXPECT_EQ(notes.notes().size(), 3u);
    notes.setNote(QStringLiteral("2024-04"), QStringLiteral("L2"), QStringLiteral("  "));
    EXPECT_EQ(notes.notes(QStringLiteral("2024-04")).size(), 1u);
}

TEST(StoreTransferLogSqlite, ALockedDatabaseRefusesTheAppendClearlyAndTheChainStaysWhole) {
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("log.sqlite"));
    il::Database::Options quick;
    quick.busyTimeoutMs = 100;
    il::Database mine(url, quick);
    TransferLog log(mine);
    log.append(makeTransfer("2024-04", 1, TransferField::Quantity, "1", "2", TransferOutcome::Pushed));

    il::Database other(url);
    auto held = other.begin(QStringLiteral("hold the lock"));
    try {
        log.append(makeTransfer("2024-04", 2, TransferField::Quantity, "1", "2", TransferOutcome::Pushed));
        FAIL() << "the append must not pass the other writer";
    } catch (const il::UserError& e) {
        EXPECT_NE(std::string(e.what()).find("is locked by another process"), std::string::npos) << e.what();
    }
    held.commit();
    EXPECT_EQ(log.list().size(), 1u);
    log.append(makeTransfer("2024-04", 2, TransferField::Quantity, "1", "2", TransferOutcome::Pushed));
    const auto v = log.verify();
    EXPECT_TRUE(v.ok) << v.reason.toStdString();
    EXPECT_EQ(v.rowsChecked, 2);
}
