#include "async/CancellableSleep.h"

#include "errors/Cancelled.h"

#include <QTimer>

#include <qcoro/qcorotimer.h>

namespace il {

QCoro::Task<> sleepFor(std::chrono::milliseconds duration, CancelToken cancel) {
    cancel.throwIfCancelled();
    if (duration.count() <= 0)
        co_return;
    QTimer timer;
    timer.setSingleShot(true);
    // A coarse timer may fire 5 % early, which would hit a rate-limit window before its reset.
    timer.setTimerType(Qt::PreciseTimer);
    QMetaObject::Connection onCancel;
    if (CancelFlag* flag = cancel.flag())
        onCancel = QObject::connect(flag, &CancelFlag::cancelled, &timer, [&timer] { timer.start(0); });
    timer.start(duration);
    co_await timer;
    QObject::disconnect(onCancel);
    cancel.throwIfCancelled();
}

} // namespace il
