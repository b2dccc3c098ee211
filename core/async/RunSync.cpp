#include "async/RunSync.h"

namespace il {

namespace {

QCoro::Task<> driveVoid(QCoro::Task<> task, std::exception_ptr* error, bool* done, QEventLoop* loop) {
    try {
        co_await std::move(task);
    } catch (...) {
        *error = std::current_exception();
    }
    *done = true;
    loop->quit();
}

} // namespace

void runSync(QCoro::Task<> task) {
    QEventLoop loop;
    std::exception_ptr error;
    bool done = false;
    auto running = driveVoid(std::move(task), &error, &done, &loop);
    if (!done)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
}

} // namespace il
