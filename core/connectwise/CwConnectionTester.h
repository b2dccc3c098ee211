#pragma once

#include "connectwise/CwStatus.h"
#include "async/CancelToken.h"

#include <qcoro/qcorotask.h>

namespace il {

class CwSession;

// Walks the connection step by step (site → company → secrets → keys → clientId → role) so
// `auth status` can say exactly which one is wrong (connectwise.md §2.3 UX mapping).
class CwConnectionTester {
public:
    explicit CwConnectionTester(CwSession& session)
        : m_session(session) {}

    // Never throws for a wrong setting, secret or answer; Cancelled still propagates.
    QCoro::Task<ConnectionCheck> check(CancelToken cancel);
    // The same walk; throws a UserError with the check's message when something is wrong.
    QCoro::Task<ConnectWiseStatus> status(CancelToken cancel);

private:
    CwSession& m_session;
};

} // namespace il
