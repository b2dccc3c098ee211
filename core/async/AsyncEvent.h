#pragma once

#include "async/CancelToken.h"

#include <QObject>

#include <qcoro/qcorotask.h>

#include <chrono>

namespace il {

// A one-shot event a coroutine can await, with a timeout and a cancel token: the sign-in waits
// on one until the browser (or the user's paste) brings the authorization code back.
class AsyncEvent : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void set();
    bool isSet() const { return m_set; }
    // True once set; false when the timeout passed first; throws Cancelled.
    QCoro::Task<bool> wait(std::chrono::milliseconds timeout, CancelToken cancel = {});

signals:
    void fired();

private:
    bool m_set = false;
};

} // namespace il
