#pragma once

#include <QEventLoop>
#include <qcoro/qcorotask.h>

#include <exception>
#include <optional>

namespace il {

// Runs a task to completion in a nested event loop and returns its value or rethrows its
// exception. For the command line and tests; the GUI only ever awaits. (QCoro::waitFor hangs
// when the task throws, so this wraps it.)
template<typename T>
T runSync(QCoro::Task<T> task) {
    QEventLoop loop;
    std::optional<T> value;
    std::exception_ptr error;
    bool done = false;
    auto wrapper = [&](QCoro::Task<T> t) -> QCoro::Task<> {
        try {
            value.emplace(co_await std::move(t));
        } catch (...) {
            error = std::current_exception();
        }
        done = true;
        loop.quit();
    };
    auto running = wrapper(std::move(task));
    if (!done)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
    return std::move(*value);
}

inline void runSync(QCoro::Task<> task) {
    QEventLoop loop;
    std::exception_ptr error;
    bool done = false;
    auto wrapper = [&](QCoro::Task<> t) -> QCoro::Task<> {
        try {
            co_await std::move(t);
        } catch (...) {
            error = std::current_exception();
        }
        done = true;
        loop.quit();
    };
    auto running = wrapper(std::move(task));
    if (!done)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
}

} // namespace il
