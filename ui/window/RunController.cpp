#include "window/RunController.h"

#include "window/AppContext.h"
#include "common/ErrorText.h"

#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"
#include "reconcile/MonthRun.h"

#include <QPointer>

namespace il::ui {

RunController::RunController(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    connect(&m_context, &AppContext::rebuilt, this, [this] {
        attach();
        emit runReplaced();
    });
    attach();
}

RunController::~RunController() {
    m_cancel.cancel();
}

MonthRun* RunController::run() const {
    return m_context.run();
}

void RunController::attach() {
    for (const auto& c : std::as_const(m_runConnections))
        disconnect(c);
    m_runConnections.clear();
    if (MonthRun* r = run()) {
        m_runConnections << connect(r, &MonthRun::progress, this, [this](const QString& step, int done, int total) {
            if (!m_loading)
                emit progress(step, done, total);
        });
        m_runConnections << connect(r, &MonthRun::loadProgress, this, &RunController::loadProgress);
        m_runConnections << connect(r, &MonthRun::resultChanged, this, &RunController::resultChanged);
        m_runConnections << connect(r, &MonthRun::linesChanged, this, &RunController::linesChanged);
    }
}

QList<PushAction> RunController::plan() const {
    MonthRun* r = run();
    if (!r || !r->isLoaded())
        return {};
    return r->plan({PushKind::Quantity, PushKind::Price, PushKind::Create});
}

void RunController::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool RunController::load(QDate month) {
    if (m_busy || !run() || !month.isValid())
        return false;
    m_cancel = CancelToken::create();
    m_loading = true;
    setBusy(true);
    loadTask(month, m_cancel); // runs on; its frame frees itself when done
    return true;
}

bool RunController::push(QList<PushAction> actions) {
    if (m_busy || !run() || !run()->isLoaded() || actions.isEmpty())
        return false;
    m_cancel = CancelToken::create();
    setBusy(true);
    pushTask(std::move(actions), m_cancel);
    return true;
}

void RunController::cancel() {
    m_cancel.cancel();
}

QCoro::Task<> RunController::loadTask(QDate month, CancelToken cancel) {
    QPointer<RunController> self(this);
    std::exception_ptr error;
    try {
        co_await run()->load(month, cancel);
    } catch (...) {
        error = std::current_exception();
    }
    if (!self)
        co_return; // the window went away while ConnectWise answered
    m_loading = false;
    setBusy(false);
    if (error)
        reportError(error);
    else
        emit loaded();
}

QCoro::Task<> RunController::pushTask(QList<PushAction> actions, CancelToken cancel) {
    QPointer<RunController> self(this);
    std::exception_ptr error;
    QList<Pusher::Outcome> outcomes;
    try {
        outcomes = co_await run()->push(actions, cancel);
    } catch (...) {
        error = std::current_exception();
    }
    if (!self)
        co_return;
    setBusy(false);
    if (error) {
        reportError(error);
        co_return;
    }
    emit pushed(actions, outcomes);
    // The push stopped before its end: nothing more was sent, and the reason is what to act on.
    if (const QString stop = run()->result().stopReason; !stop.isEmpty())
        emit failed(tr("The push stopped: %1").arg(stop));
}

void RunController::reportError(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const Cancelled&) {
        emit cancelled();
    } catch (const std::exception& e) {
        emit failed(ErrorText::describe(e));
    }
}

} // namespace il::ui
