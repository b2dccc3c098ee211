#pragma once

#include <QEventLoop>
#include <qcoro/qcorotask.h>

#include <exception>
#include <optional>

namespace il {

namespace detail {

// Awaits the task, keeps its value or exception, and ends the loop. A named coroutine, not a
// lambda: GCC 12 at -O3 emits a lambda coroutine's frame functions in a section it then discards
// when the lambda sits in an inline function ("defined in discarded section" at link time).
template<typename T>
QCoro::Task<> runSyncDriver(QCoro::Task<T> task, std::optional<T>* value, std::exception_ptr* error,
                            bool* done, QEventLoop* loop) {
    try {
        value->emplace(co_await std::move(task));
    } catch (...) {
        *error = std::current_exception();
    }
    *done = true;
    loop->quit();
}

} // namespace detail

// Runs a task to completion in a nested event loop and returns its value or rethrows its
// exception. For the command line and tests; the GUI only ever awaits. (QCoro::waitFor hangs
// when the task throws, so this wraps it.)
template<typename T>
T runSync(QCoro::Task<T> task) {
    QEventLoop loop;
    std::optional<T> value;
    std::exception_ptr error;
    bool done = false;
    auto running = detail::runSyncDriver(std::move(task), &value, &error, &done, &loop);
    if (!done)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
    return std::move(*value);
}

// The same for a task without a value; out of line (RunSync.cpp) for the reason above.
void runSync(QCoro::Task<> task);

} // namespace il
