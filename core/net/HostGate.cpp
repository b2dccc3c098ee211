#include "net/HostGate.h"

#include "errors/Cancelled.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace il {

struct HostGate::Suspend {
    Waiter* waiter;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) noexcept { waiter->handle = h; }
    void await_resume() const noexcept {}
};

HostGate::HostGate(int limit, QObject* parent)
    : QObject(parent)
    , m_limit(std::max(1, limit)) {}

HostGate::~HostGate() = default;

QCoro::Task<> HostGate::acquire(CancelToken cancel) {
    cancel.throwIfCancelled();
    if (m_inFlight < m_limit && m_queue.empty()) {
        ++m_inFlight;
        co_return;
    }
    Waiter waiter;
    m_queue.push_back(&waiter);
    QMetaObject::Connection onCancel;
    if (CancelFlag* flag = cancel.flag()) {
        onCancel = connect(flag, &CancelFlag::cancelled, this, [this, w = &waiter] {
            if (w->granted || w->resumed)
                return; // it owns a slot already and will see the cancellation itself
            m_queue.remove(w);
            resumeLater(w);
        });
    }
    co_await Suspend{&waiter};
    disconnect(onCancel);
    if (!waiter.granted)
        throw Cancelled();
    if (cancel.isCancelled()) {
        release();
        throw Cancelled();
    }
}

void HostGate::release() {
    --m_inFlight;
    if (m_queue.empty() || m_inFlight >= m_limit)
        return;
    Waiter* next = m_queue.front();
    m_queue.pop_front();
    ++m_inFlight;
    next->granted = true;
    resumeLater(next);
}

// Resuming from inside release() would run the waiter inside another coroutine's unwinding;
// the event loop resumes it instead.
void HostGate::resumeLater(Waiter* waiter) {
    waiter->resumed = true;
    QTimer::singleShot(0, this, [waiter] {
        if (waiter->handle)
            waiter->handle.resume();
    });
}

} // namespace il
