// The window's hook for decisions and notes on lines (issue 10 points 4 and 5): the actions live
// in DecisionActions; here they get the loaded month, the grid's selection and the status bar.
// Kept out of MainWindow.cpp so the window's other menus can change beside it.
#include "window/MainWindow.h"

#include "grid/DecisionActions.h"
#include "grid/GridPage.h"
#include "common/RunProgress.h"
#include "window/RunController.h"

#include "reconcile/MonthRun.h"

namespace il::ui {

void MainWindow::installDecisions() {
    m_decisions = new DecisionActions(
        this, [this] { return m_controller->run(); }, [this] { return m_grid->selectedLines(); });
    m_decisions->install(this);
    connect(m_decisions, &DecisionActions::message, this,
            [this](const QString& text, bool error) { showMessage(text, error); });
}

bool MainWindow::pushAccepted(const QList<PushAction>& actions) {
    MonthRun* run = m_controller->run();
    if (!run || actions.isEmpty())
        return false;
    for (const PushAction& a : actions) {
        // A price the person still has to give needs the review's input.
        if (a.needsPrice || a.lineIndexes.isEmpty())
            return false;
        for (qsizetype i : a.lineIndexes)
            if (run->result().records.value(i).decision != LineDecision::Accepted)
                return false;
    }
    QList<PushAction> pushable = actions;
    pushable.removeIf([](const PushAction& a) { return a.skipped() || a.changes.isEmpty(); });
    if (pushable.isEmpty())
        return false;
    if (m_controller->push(pushable))
        m_progress->start(tr("Pushing accepted corrections to ConnectWise…"));
    return true;
}

} // namespace il::ui
