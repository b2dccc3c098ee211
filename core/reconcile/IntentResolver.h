#pragma once

#include "async/CancelToken.h"
#include "reconcile/Pusher.h"

#include <QString>
#include <qcoro/qcorotask.h>

namespace il {

class ConnectWiseClient;
class TransferLog;

// Settles the writes of a month whose outcome the transfer log does not know: intents left by a
// process that died between logging and hearing back, or by a lost answer that could not be
// checked at the time. For each, ConnectWise is asked what it holds now, and a row that resolves
// the intent records `pushed` (the write took effect) or `not_applied`. Run it while holding the
// month's push lock (so no live writer's intent is judged) and before anything else is sent.
class IntentResolver {
public:
    using Context = Pusher::Context; // the month, who, and the run its rows belong to

    IntentResolver(ConnectWiseClient& connectwise, TransferLog& log, Context context);

    // Returns how many intents it settled. Throws UserError when one cannot be checked (then
    // nothing may be pushed for the month) or the log cannot be written.
    QCoro::Task<int> resolve(CancelToken cancel = {});

private:
    ConnectWiseClient& m_connectwise;
    TransferLog& m_log;
    Context m_context;
};

} // namespace il
