#pragma once

#include "async/CancelToken.h"
#include "reconcile/PushAction.h"
#include "reconcile/Pusher.h"

#include <QList>
#include <qcoro/qcorotask.h>

#include <exception>
#include <functional>
#include <optional>

namespace il {

// Pusher::pushAll's concurrency (issue 9 point 8): the actions are grouped by agreement, and
// `parallelism` workers (coroutines on the calling thread, not threads) each take the next
// agreement, read what ConnectWise holds of it once (Pusher::readCurrent) and push its actions
// one after another. So at most `parallelism` requests are in flight, two writes never race on
// one agreement, and the transfer log is written from this one thread: every write's intent is
// committed before its request leaves, as in a sequential push.
//
// A Stop (the log cannot be written, an outcome cannot be learned) or a cancel ends the taking
// of new work; the actions in flight are carried through and logged. Actions never started come
// back Failed "not sent: …" (after a Stop); after a cancel run() throws Cancelled once the
// workers are done.
class PushBatch {
public:
    PushBatch(Pusher& pusher, QList<PushAction> actions, CancelToken cancel,
              std::function<void(int, int)> progress, int parallelism);

    // Outcomes in the order of the actions.
    QCoro::Task<QList<Pusher::Outcome>> run();

private:
    struct Group {
        int agreementId = 0;
        QList<qsizetype> indexes; // into m_actions, in their order
    };
    QCoro::Task<> worker();
    QCoro::Task<> pushGroup(Group group);
    bool mayStart() const;
    void finished(qsizetype index, Pusher::Outcome outcome);

    Pusher& m_pusher;
    QList<PushAction> m_actions;
    CancelToken m_cancel;
    std::function<void(int, int)> m_progress;
    int m_parallelism;
    QList<Group> m_groups;
    qsizetype m_nextGroup = 0;
    QList<std::optional<Pusher::Outcome>> m_outcomes;
    int m_done = 0;
    bool m_cancelled = false;
    std::exception_ptr m_error; // the first unexpected error of a worker
};

} // namespace il
