#pragma once

#include "async/CancelToken.h"

#include <QObject>

#include <qcoro/qcorotask.h>

#include <coroutine>
#include <list>
#include <memory>

namespace il {

// A counting semaphore for coroutines: at most `limit` requests to one host in flight; the rest
// wait in arrival order. A waiter whose token is cancelled leaves the queue and throws Cancelled.
class HostGate : public QObject {
    Q_OBJECT
public:
    explicit HostGate(int limit, QObject* parent = nullptr);
    ~HostGate() override;

    // Resumes when a slot is ours; the caller must release() it exactly once.
    QCoro::Task<> acquire(CancelToken cancel);
    void release();

    int inFlight() const { return m_inFlight; }
    int limit() const { return m_limit; }

private:
    struct Waiter {
        std::coroutine_handle<> handle;
        bool granted = false;
        bool resumed = false;
    };
    struct Suspend;
    void resumeLater(Waiter* waiter);

    int m_limit;
    int m_inFlight = 0;
    std::list<Waiter*> m_queue;
};

// Releases a HostGate slot when it goes out of scope, unless released earlier.
class GateSlot {
public:
    explicit GateSlot(HostGate* gate)
        : m_gate(gate) {}
    GateSlot(const GateSlot&) = delete;
    GateSlot& operator=(const GateSlot&) = delete;
    ~GateSlot() { release(); }
    void release() {
        if (m_gate)
            m_gate->release();
        m_gate = nullptr;
    }

private:
    HostGate* m_gate;
};

} // namespace il
