#include "async/AsyncEvent.h"

#include "errors/Cancelled.h"

#include <QCoroSignal>

namespace il {

void AsyncEvent::set() {
    if (m_set)
        return;
    m_set = true;
    emit fired();
}

QCoro::Task<bool> AsyncEvent::wait(std::chrono::milliseconds timeout, CancelToken cancel) {
    cancel.throwIfCancelled();
    if (m_set)
        co_return true;
    QMetaObject::Connection onCancel;
    if (CancelFlag* flag = cancel.flag())
        onCancel = connect(flag, &CancelFlag::cancelled, this, &AsyncEvent::fired, Qt::QueuedConnection);
    co_await qCoro(this, &AsyncEvent::fired, timeout);
    disconnect(onCancel);
    cancel.throwIfCancelled();
    co_return m_set;
}

} // namespace il
