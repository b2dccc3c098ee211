#pragma once

#include "async/CancelToken.h"

#include <qcoro/qcorotask.h>

#include <chrono>

namespace il {

// Sleeps on the event loop; a cancelled token ends the sleep at once with Cancelled.
QCoro::Task<> sleepFor(std::chrono::milliseconds duration, CancelToken cancel = {});

} // namespace il
