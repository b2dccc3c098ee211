#pragma once

#include "domain/Addition.h"
#include "domain/Transfer.h"
#include "net/CancelToken.h"
#include "reconcile/LineAction.h"
#include "reconcile/PushAction.h"

#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

#include <functional>
#include <optional>

namespace il {

class ConnectWiseClient;
class TransferLog;

// Sends corrections to ConnectWise (DESIGN §3 Pushing) and writes every attempt to the transfer
// log, one row per field. An update re-reads the addition first: already at the new values →
// logged as already in effect, nothing sent; changed since the load → refused; else one PATCH.
// A create first looks for an addition of the product that a lost answer may have made, and
// POSTs only when there is none, so nothing is ever pushed twice.
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

    Pusher(ConnectWiseClient& connectwise, TransferLog& log, Context context);

    QCoro::Task<Outcome> push(PushAction action, CancelToken cancel = {});
    // One after another; a failure does not stop the rest. progress(done, total).
    QCoro::Task<QList<Outcome>> pushAll(QList<PushAction> actions, CancelToken cancel = {},
                                        std::function<void(int, int)> progress = {});

    static Decimal fieldValue(const Addition& addition, const QString& field);

private:
    QCoro::Task<Outcome> update(const PushAction& action, CancelToken cancel);
    QCoro::Task<Outcome> create(const PushAction& action, CancelToken cancel);
    void log(const PushAction& action, const PushChange& change, TransferOutcome outcome, const QString& message,
             const QString& requestId = {}, int additionId = 0, Outcome* into = nullptr);

    ConnectWiseClient& m_connectwise;
    TransferLog& m_log;
    Context m_context;
};

} // namespace il
