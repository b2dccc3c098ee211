#include "reconcile/PushBatch.h"

#include "log/LogCategories.h"
#include "errors/ApiError.h"
#include "errors/Cancelled.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace il {

PushBatch::PushBatch(Pusher& pusher, QList<PushAction> actions, CancelToken cancel,
                     std::function<void(int, int)> progress, int parallelism)
    : m_pusher(pusher)
    , m_actions(std::move(actions))
    , m_cancel(std::move(cancel))
    , m_progress(std::move(progress))
    , m_parallelism(std::max(1, parallelism))
    , m_outcomes(m_actions.size()) {}

bool PushBatch::mayStart() const {
    return m_pusher.stopReason().isEmpty() && !m_cancelled && !m_error && !m_cancel.isCancelled();
}

void PushBatch::finished(qsizetype index, Pusher::Outcome outcome) {
    m_outcomes[index] = std::move(outcome);
    ++m_done;
    if (m_progress) // may stop the pusher (MonthRun: the push lock was lost)
        m_progress(m_done, int(m_actions.size()));
}

QCoro::Task<QList<Pusher::Outcome>> PushBatch::run() {
    // Agreements in the order their first action is planned; skipped actions need no request.
    QHash<int, qsizetype> groupOf;
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const PushAction& a = m_actions[i];
        if (a.skipped()) {
            m_outcomes[i] = Pusher::Outcome{LineAction::Skipped, a.skipReason, std::nullopt, {}};
            continue;
        }
        auto it = groupOf.find(a.agreementId);
        if (it == groupOf.end()) {
            it = groupOf.insert(a.agreementId, m_groups.size());
            m_groups.append(Group{a.agreementId, {}});
        }
        m_groups[*it].indexes.append(i);
    }
    for (const auto& o : m_outcomes)
        m_done += o ? 1 : 0; // the skipped ones are done already
    if (m_progress)
        m_progress(m_done, int(m_actions.size()));
    const int workers = int(std::min<qsizetype>(m_parallelism, m_groups.size()));
    qCDebug(lcReconcile) << "pushing" << m_actions.size() << "actions on" << m_groups.size() << "agreements with"
                         << workers << "workers";
    std::vector<QCoro::Task<>> running;
    for (int w = 0; w < workers; ++w)
        running.push_back(worker());
    for (auto& task : running)
        co_await std::move(task);

    if (m_error)
        std::rethrow_exception(m_error);
    const bool unfinished = m_done < m_actions.size();
    if (unfinished && (m_cancelled || m_cancel.isCancelled()))
        throw Cancelled(); // what was sent is logged; the caller learns the push did not finish
    QList<Pusher::Outcome> out;
    out.reserve(m_outcomes.size());
    const QString notSent = QStringLiteral("not sent: ") + m_pusher.stopReason();
    for (auto& o : m_outcomes)
        out.append(o ? std::move(*o) : Pusher::Outcome{LineAction::Failed, notSent, std::nullopt, {}});
    if (m_progress)
        m_progress(int(out.size()), int(out.size()));
    co_return out;
}

QCoro::Task<> PushBatch::worker() {
    // An unexpected error must not leave run() while other workers still use this batch: it is
    // kept, nothing new starts, and run() rethrows it when every worker is done.
    try {
        while (mayStart() && m_nextGroup < m_groups.size())
            co_await pushGroup(m_groups[m_nextGroup++]);
    } catch (...) {
        if (!m_error)
            m_error = std::current_exception();
    }
}

QCoro::Task<> PushBatch::pushGroup(Group group) {
    QList<PushAction> actions;
    for (qsizetype i : group.indexes)
        actions.append(m_actions[i]);
    QList<Addition> current;
    std::optional<ApiError> readError;
    try {
        current = co_await m_pusher.readCurrent(group.agreementId, actions, m_cancel);
    } catch (const ApiError& e) {
        readError = e;
    } catch (const Cancelled&) {
        m_cancelled = true; // nothing of this agreement was sent
        co_return;
    }
    for (qsizetype k = 0; k < group.indexes.size(); ++k) {
        if (!mayStart())
            co_return; // the rest of the agreement is "not sent" (or the push was cancelled)
        const qsizetype index = group.indexes[k];
        Pusher::Outcome outcome;
        try {
            if (readError)
                outcome = m_pusher.readFailed(actions[k], *readError);
            else
                outcome = co_await m_pusher.pushChecked(actions[k], current);
        } catch (const Pusher::Stop& stop) {
            // Nothing new starts; the other workers finish what they have in flight.
            m_pusher.stop(stop.message());
            outcome = Pusher::Outcome{LineAction::Failed, stop.message(), std::nullopt, {}};
        }
        finished(index, std::move(outcome));
    }
}

} // namespace il
