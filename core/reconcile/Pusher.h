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
// An update re-reads the addition first: already at the new values → logged as already in
// effect, nothing sent; changed since the load → refused; else one PATCH. A create first looks
// for an addition of the product (a lost answer may have made it) and POSTs only when there is
// none. A write is never repeated within a run: when its answer is lost, the addition is read
// again to learn whether it took effect.
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

    // Throws Stop (see above) and Cancelled.
    QCoro::Task<Outcome> push(PushAction action, CancelToken cancel = {});
    // One after another; a failed push does not stop the rest, a Stop does: that action and the
    // ones after it come back Failed with "not sent: …", and stopReason() says why.
    // progress(done, total).
    QCoro::Task<QList<Outcome>> pushAll(QList<PushAction> actions, CancelToken cancel = {},
                                        std::function<void(int, int)> progress = {});
    const QString& stopReason() const { return m_stopReason; }
    // Sends nothing after the action in flight; reason becomes stopReason().
    void stop(const QString& reason) {
        if (m_stopReason.isEmpty())
            m_stopReason = reason;
    }

    static Decimal fieldValue(const Addition& addition, const QString& field);

private:
    QCoro::Task<Outcome> update(const PushAction& action, CancelToken cancel);
    QCoro::Task<Outcome> create(const PushAction& action, CancelToken cancel);
    QCoro::Task<Outcome> settleUpdate(const PushAction& action, std::vector<Transfer> intents, const ApiError& error);
    QCoro::Task<Outcome> settleCreate(const PushAction& action, const Transfer& intent, const ApiError& error);
    Transfer row(const PushAction& action, const PushChange& change, TransferOutcome outcome, const QString& message,
                 const QString& requestId = {}, int additionId = 0) const;
    // Writes rows; a log that cannot be written stops the batch with `consequence` appended.
    std::vector<Transfer> record(std::vector<Transfer> rows, const QString& consequence, Outcome* into = nullptr);

    ConnectWiseClient& m_connectwise;
    TransferLog& m_log;
    Context m_context;
    QString m_stopReason;
};

} // namespace il
