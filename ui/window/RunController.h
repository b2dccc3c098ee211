#pragma once

#include "domain/Transfer.h"
#include "async/CancelToken.h"
#include "async/LoadProgress.h"
#include "reconcile/PushAction.h"
#include "reconcile/Pusher.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <qcoro/qcorotask.h>

namespace il {
class MonthRun;
}

namespace il::ui {

class AppContext;

// Runs the window's long work on the context's MonthRun without ever blocking: loading a month
// and pushing corrections are coroutines started from slots. Holds the busy state (one job at a
// time) and the cancel token, and forwards the run's progress and changes (each line's transfer
// outcome is on its LineRecord). Follows AppContext::rebuilt() to the new run.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(AppContext& context, QObject* parent = nullptr);
    ~RunController() override;

    MonthRun* run() const;
    bool isBusy() const { return m_busy; }
    // Every correction the loaded month needs (all kinds), for the grid's push buttons.
    QList<PushAction> plan() const;

    // Start a job; false (and nothing happens) while another one runs or there is no run.
    bool load(QDate month);
    bool push(QList<PushAction> actions);
    void cancel();

signals:
    void busyChanged(bool busy);
    void progress(const QString& step, int done, int total); // a push's steps
    void loadProgress(const il::LoadProgress& progress);      // a load's phases and counts
    void resultChanged(); // a month was loaded: the whole result is new
    // The loaded month changed in place (push, link, confirm); rows: the records that changed.
    void linesChanged(const QList<qsizetype>& rows);
    void loaded();
    void pushed(const QList<il::PushAction>& actions, const QList<il::Pusher::Outcome>& outcomes);
    void failed(const QString& message);
    void cancelled();
    void runReplaced(); // the context was rebuilt: a new run, nothing loaded

private:
    void attach();
    void setBusy(bool busy);
    QCoro::Task<> loadTask(QDate month, CancelToken cancel);
    QCoro::Task<> pushTask(QList<PushAction> actions, CancelToken cancel);
    void reportError(std::exception_ptr error);

    AppContext& m_context;
    bool m_busy = false;
    bool m_loading = false; // a load runs: its steps come as loadProgress only
    CancelToken m_cancel;
    QList<QMetaObject::Connection> m_runConnections;
};

} // namespace il::ui
