#pragma once

#include "domain/Addition.h"
#include "domain/Transfer.h"
#include "async/CancelToken.h"
#include "reconcile/LineAction.h"
#include "reconcile/PushAction.h"

#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

#include <functional>
#include <optional>
#include <stdexcept>

namespace il {

class ApiError;
class ConnectWiseClient;
class TransferLog;

// Sends corrections to ConnectWise (DESIGN §3 Pushing) with a write-ahead transfer log: before a
// request is sent, its intent is committed to the log (one row per field); after it, a row that
// resolves the intent records what became of it. So a crash, a lost answer or a database that
// goes away leaves at most an intent without an outcome, never a write without a row, and
// IntentResolver settles such intents before the next push.
//
// The change check reads what ConnectWise holds now, once per agreement (readCurrent:
// `id in (…)` of the additions to update, or every addition when one is to be created). An
// update whose addition already has the new values is logged as already in effect, nothing
// sent; one changed since the load is refused; else one PATCH. A create first looks for an
// addition of the product (a lost answer may have made it) and POSTs only when there is none.
// A write is never repeated within a run: when its answer is lost, the addition is read again
// to learn whether it took effect. pushAll runs agreements concurrently (PushBatch).
class Pusher {
public:
    struct Context {
        QString month; // YYYY-MM
        QString user;
        qint64 runId = 0;
    };
    struct Outcome {
        LineAction action = LineAction::None;
        QString detail;
        std::optional<Addition> addition; // as ConnectWise holds it after the push
        QList<TransferOutcome> outcomes;  // per logged row
    };
    // Stops a batch: the log cannot be written, or a write's outcome cannot be learned. Nothing
    // more is sent until the cause is gone; the message says what happened and what is next.
    class Stop : public std::runtime_error {
    public:
        explicit Stop(const QString& message) : std::runtime_error(message.toStdString()) {}
        QString message() const { return QString::fromUtf8(what()); }
    };

    Pusher(ConnectWiseClient& connectwise, TransferLog& log, Context context);

    // One action: its agreement's read, then the write. Throws Stop (see above) and Cancelled.
    QCoro::Task<Outcome> push(PushAction action, CancelToken cancel = {});
    // Up to ConnectWiseClient::MaxInFlight agreements at once, each read once and its actions
    // pushed in order (PushBatch). A failed push does not stop the rest, a Stop does: nothing
    // new starts, what is in flight is finished and logged, and the actions not started come
    // back Failed with "not sent: …"; stopReason() says why. A cancel also lets what is in
    // flight finish, then throws Cancelled. Outcomes are in the order of `actions`.
    // progress(done, total) once the skipped ones are counted, then after each finished action.
    QCoro::Task<QList<Outcome>> pushAll(QList<PushAction> actions, CancelToken cancel = {},
                                        std::function<void(int, int)> progress = {});

    // ---- the steps pushAll runs, per agreement -------------------------------------------
    // What ConnectWise holds now of `actions` (all on `agreementId`): the additions to update
    // (id in (…)), or every addition of the agreement when one of them is a create.
    QCoro::Task<QList<Addition>> readCurrent(int agreementId, QList<PushAction> actions, CancelToken cancel);
    // One action judged against `current` (from readCurrent); `current` takes what the write
    // made, so a later action on the agreement sees it. Throws Stop.
    QCoro::Task<Outcome> pushChecked(const PushAction& action, QList<Addition>& current);
    // The agreement's read failed: the action is logged failed, nothing sent. Throws Stop.
    Outcome readFailed(const PushAction& action, const ApiError& error);
    const QString& stopReason() const { return m_stopReason; }
    // Starts nothing new (the writes in flight finish and are logged); reason becomes stopReason().
    void stop(const QString& reason) {
        if (m_stopReason.isEmpty())
            m_stopReason = reason;
    }

    // Commits the outcome rows that wait for the next commit (see record()); a log that cannot
    // be written stops the pusher with a reason instead of throwing: the writes are done and
    // their intents are on disk.
    void flush();

    static Decimal fieldValue(const Addition& addition, const QString& field);

private:
    QCoro::Task<Outcome> update(const PushAction& action, QList<Addition>& current);
    QCoro::Task<Outcome> create(const PushAction& action, QList<Addition>& current);
    QCoro::Task<Outcome> settleUpdate(const PushAction& action, std::vector<Transfer> intents, const ApiError& error);
    QCoro::Task<Outcome> settleCreate(const PushAction& action, const Transfer& intent, const ApiError& error);
    Transfer row(const PushAction& action, const PushChange& change, TransferOutcome outcome, const QString& message,
                 const QString& requestId = {}, int additionId = 0) const;
    // Writes rows, together with the outcome rows waiting for a commit; rows that only settle
    // logged intents wait for the next commit themselves. A log that cannot be written stops
    // the batch with `consequence` appended.
    std::vector<Transfer> record(std::vector<Transfer> rows, const QString& consequence, Outcome* into = nullptr);
    // One transaction: the waiting outcome rows, then `rows`; returns `rows` as stored. Throws
    // UserError when the log cannot be written (the waiting rows keep waiting).
    std::vector<Transfer> commit(std::vector<Transfer> rows);

    ConnectWiseClient& m_connectwise;
    TransferLog& m_log;
    Context m_context;
    QString m_stopReason;
    std::vector<Transfer> m_settled; // outcome rows of done writes, not yet committed
};

} // namespace il
