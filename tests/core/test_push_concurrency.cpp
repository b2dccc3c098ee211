// Concurrent pushes (issue 9 point 8): a batch keeps several writes in flight but never more
// than ConnectWise's parallelism, reads each agreement's additions once (`id in (…)`), backs
// every worker off on a 429, and a batch broken in the middle by lost, late and failed answers
// still leaves every write ConnectWise received in the transfer log once.
#include "ReconcileHarness.h"
#include "WriteLedger.h"
#include "test_connectwise_fixture.h"

#include "connectwise/ConnectWiseClient.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

using il::PushKind;
using il::TransferOutcome;
using std::chrono::milliseconds;

namespace {

const QString kList = QStringLiteral("connectwise finance/agreements/{id}/additions");
const QString kOne = QStringLiteral("connectwise finance/agreements/{id}/additions/{id}");
const QSet<PushKind> kAll{PushKind::Quantity, PushKind::Price, PushKind::Create};

class PushConcurrencyTest : public ReconcileTest {
protected:
    // A little latency, so requests overlap on the wire as they do against a real server; a
    // month big enough that several agreements have more than one correction.
    il::sandbox::SandboxOptions sandboxOptions() const override {
        il::sandbox::SandboxOptions o;
        o.data.lines = 600;
        o.latency = milliseconds(25);
        return o;
    }

    QList<il::PushAction> pushable(il::MonthRun& run) {
        QList<il::PushAction> out;
        for (const il::PushAction& a : run.plan(kAll))
            if (!a.skipped())
                out.append(a);
        return out;
    }
    il::test::LedgerCheck ledger() {
        return il::test::compareLedger(sandbox().connectwise().appliedWrites(), il::test::allTransferRows(*m_database));
    }
};

} // namespace

TEST_F(PushConcurrencyTest, SeveralWritesAreInFlightButNeverMoreThanTheParallelism) {
    auto run = loadMonth();
    const auto actions = pushable(*run);
    ASSERT_GE(actions.size(), 12);
    sandbox().server().resetMaxInFlight();
    const auto outcomes = il::runSync(run->push(actions));
    EXPECT_TRUE(run->result().stopReason.isEmpty()) << run->result().stopReason.toStdString();
    EXPECT_EQ(run->result().failed, 0);
    // What the server saw at once, not what the client meant to do.
    EXPECT_GT(sandbox().server().maxWritesInFlight(), 1) << "the writes went out one at a time";
    EXPECT_LE(sandbox().server().maxWritesInFlight(), il::ConnectWiseClient::MaxInFlight);
    EXPECT_LE(sandbox().server().maxInFlight(), il::ConnectWiseClient::MaxInFlight);
    // Outcomes come back in the planned order, whatever order the answers arrived in.
    ASSERT_EQ(outcomes.size(), actions.size());
    for (qsizetype k = 0; k < actions.size(); ++k) {
        ASSERT_TRUE(outcomes[k].addition.has_value()) << k;
        if (actions[k].isCreate())
            EXPECT_EQ(outcomes[k].addition->productIdentifier, actions[k].productIdentifier) << k;
        else
            EXPECT_EQ(outcomes[k].addition->id, actions[k].additionId) << k;
    }
    const auto check = ledger();
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    EXPECT_EQ(check.appliedWrites, check.loggedPushes);
}

TEST_F(PushConcurrencyTest, TheChangeCheckReadsEachAgreementOnce) {
    auto run = loadMonth();
    const auto actions = pushable(*run);
    QMap<int, QSet<int>> updatesOf; // agreement → additions to update
    QSet<int> withCreate;
    for (const il::PushAction& a : actions) {
        if (a.isCreate())
            withCreate.insert(a.agreementId);
        else
            updatesOf[a.agreementId].insert(a.additionId);
    }
    QSet<int> agreements = withCreate;
    for (auto it = updatesOf.begin(); it != updatesOf.end(); ++it)
        agreements.insert(it.key());
    ASSERT_GT(agreements.size(), 5);
    ASSERT_LT(agreements.size(), actions.size()) << "no agreement with two actions: nothing to share a read";
    sandbox().connectwise().clearRequests();
    il::runSync(run->push(actions));

    EXPECT_EQ(sandbox().connectwise().requestCount("GET", kList), agreements.size());
    EXPECT_EQ(sandbox().connectwise().requestCount("GET", kOne), 0) << "one GET per addition is what this replaced";
    QSet<int> read;
    static const QRegularExpression agreementInPath(QStringLiteral("/agreements/(\\d+)/additions"));
    for (const auto& r : sandbox().connectwise().requests()) {
        if (r.method != "GET" || r.endpoint != kList)
            continue;
        const QUrl url = QUrl::fromEncoded(r.url);
        const int agreement = agreementInPath.match(url.path()).captured(1).toInt();
        read.insert(agreement);
        const QString conditions =
            QUrlQuery(url).queryItemValue(QStringLiteral("conditions"), QUrl::FullyDecoded);
        if (withCreate.contains(agreement)) {
            // A create looks for any addition of its product: the whole list.
            EXPECT_TRUE(conditions.isEmpty()) << conditions.toStdString();
            continue;
        }
        ASSERT_TRUE(conditions.startsWith(QStringLiteral("id in ("))) << conditions.toStdString();
        QSet<int> ids;
        static const QRegularExpression number(QStringLiteral("\\d+"));
        for (auto m = number.globalMatch(conditions); m.hasNext();)
            ids.insert(m.next().captured().toInt());
        EXPECT_EQ(ids, updatesOf.value(agreement)) << "agreement " << agreement;
    }
    EXPECT_EQ(read, agreements);
    const auto check = ledger();
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
}

TEST_F(PushConcurrencyTest, EachWriteCostsOneCommitNotTwo) {
    // Group commit: a write's outcome row waits for the next intent's transaction (or the batch's
    // end) instead of syncing the disk on its own; the intent still commits before its request.
    auto run = loadMonth();
    const auto actions = pushable(*run);
    ASSERT_GE(actions.size(), 12);
    const qint64 before = m_database->commits();
    il::runSync(run->push(actions));
    const qint64 commits = m_database->commits() - before;
    EXPECT_EQ(run->result().failed, 0);
    const auto check = ledger();
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    ASSERT_GE(check.appliedWrites, actions.size()); // (a field each; a request may carry two)
    // One intent commit per write, one flush of the last outcomes, and the push's own
    // bookkeeping (lock, run record, tip anchor): far below the two commits a write used to cost.
    EXPECT_LE(commits, actions.size() + 8) << commits << " commits for " << actions.size() << " writes";
    EXPECT_GE(commits, actions.size()) << "an intent must be committed before its request leaves";
}

TEST_F(PushConcurrencyTest, A429MakesEveryWorkerWaitNotJustTheOneThatGotIt) {
    auto run = loadMonth();
    const auto actions = pushable(*run);
    // Once two writes are done, the next request ConnectWise answers is a 429 (Retry-After 1 s).
    bool throttled = false;
    QObject::connect(run.get(), &il::MonthRun::progress, [&](const QString&, int, int) {
        if (!throttled && sandbox().connectwise().appliedWrites().size() >= 2) {
            throttled = true;
            sandbox().connectwise().setThrottle(1, 1);
        }
    });
    sandbox().connectwise().clearRequests();
    il::runSync(run->push(actions));
    ASSERT_TRUE(throttled);
    EXPECT_TRUE(run->result().stopReason.isEmpty()) << run->result().stopReason.toStdString();
    EXPECT_EQ(run->result().failed, 0);
    const auto& seen = sandbox().connectwise().requests();
    qint64 at429 = 0;
    for (const auto& r : seen)
        if (r.status == 429)
            at429 = r.atMs;
    ASSERT_GT(at429, 0);
    // Requests already on the wire when the 429 came back are answered within a latency or so;
    // every other worker waits out the Retry-After before it sends anything.
    int inTheWait = 0, after = 0;
    for (const auto& r : seen) {
        if (r.atMs > at429 + 300 && r.atMs < at429 + 1000)
            ++inTheWait;
        after += r.atMs >= at429 + 1000;
    }
    EXPECT_EQ(inTheWait, 0) << "a worker sent during the Retry-After wait";
    EXPECT_GT(after, 2) << "the push went on after the wait";
    const auto check = ledger();
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
}

TEST_F(PushConcurrencyTest, LostLateAndFailedAnswersInAConcurrentBatchLeaveNoWriteUnrecordedOrDoubled) {
    m_settings->setValue(QStringLiteral("connectwise/timeout_seconds"), QStringLiteral("1"));
    m_settings->sync();
    auto run = loadMonth();
    const auto actions = pushable(*run);
    ASSERT_GE(actions.size(), 12);
    // Faults spread over the batch: dropped and cut-off answers, a 503, and one answer so late
    // that the push stops while other writes are in flight.
    const auto on = [&](const il::PushAction& a, il::sandbox::FaultSpec spec) {
        spec.pathPattern = a.isCreate() ? QStringLiteral("/agreements/%1/additions$").arg(a.agreementId)
                                        : QStringLiteral("/additions/%1$").arg(a.additionId);
        spec.method = a.isCreate() ? "POST" : "PATCH";
        spec.times = 1;
        sandbox().server().addFault(spec);
    };
    on(actions[1], {.drop = true});
    on(actions[2], {.truncate = true});
    on(actions[4], {.status = 503});
    on(actions[6], {.drop = true});
    on(actions[8], {.delayMs = 1800});
    sandbox().server().resetMaxInFlight();
    il::runSync(run->push(actions));
    EXPECT_GT(sandbox().server().maxWritesInFlight(), 1);
    EXPECT_FALSE(run->result().stopReason.isEmpty()) << "the late answer stops the batch";

    // What is in the log now matches the server, except the write whose answer is still coming.
    QEventLoop wait;
    QTimer::singleShot(1500, &wait, &QEventLoop::quit); // the late PATCH lands meanwhile
    wait.exec();
    auto next = loadMonth();
    il::runSync(next->push(pushable(*next)));
    EXPECT_GE(next->result().settled, 1);
    EXPECT_TRUE(next->result().stopReason.isEmpty()) << next->result().stopReason.toStdString();
    const auto check = ledger();
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    EXPECT_EQ(check.doubleWrites, 0);
    EXPECT_EQ(check.unrecorded, 0);
    EXPECT_EQ(check.pendingIntents, 0);
    EXPECT_EQ(check.appliedWrites, check.loggedPushes);
}

// ---- the fake's side: `id in (…)` on additions, as the real API takes it --------------------

namespace {
class AdditionsByIdTest : public cwtest::ConnectWiseTest {};
} // namespace

TEST_F(AdditionsByIdTest, TheClientReadsExactlyTheAdditionsAskedFor) {
    const auto two = il::runSync(client->additionsById(100, {5002, 5001, 5002}));
    QList<int> ids;
    for (const il::Addition& a : two)
        ids.append(a.id);
    EXPECT_EQ(ids, (QList<int>{5001, 5002}));
    // An addition of another agreement, or one that is gone, is simply absent.
    EXPECT_TRUE(il::runSync(client->additionsById(100, {5003, 9999})).isEmpty());
    EXPECT_EQ(server.count(QStringLiteral("connectwise finance/agreements/{id}/additions")), 2);
}

TEST_F(AdditionsByIdTest, TheFakeRefusesMalformedInListsAsConnectWiseDoes) {
    const auto status = [&](const QByteArray& conditions) {
        return raw("GET", api("finance/agreements/100/additions?conditions=" + QUrl::toPercentEncoding(conditions)))
            .status;
    };
    EXPECT_EQ(status("id in (5001,5002)"), 200);
    EXPECT_EQ(status("id in (5001, 5002) and quantity > 1"), 200);
    for (const QByteArray bad : {"id in ()", "id in (5001,)", "id in (5001 5002)", "id in 5001", "id in (5001",
                                 "id in (abc)", "id in (5001))", "id (5001)"}) {
        const il::HttpResponse r =
            raw("GET", api("finance/agreements/100/additions?conditions=" + QUrl::toPercentEncoding(bad)));
        EXPECT_EQ(r.status, 400) << bad.constData();
        EXPECT_EQ(object(r).value(QStringLiteral("code")).toString(), QStringLiteral("InvalidObject")) << bad.constData();
    }
}
