#pragma once

// Driving the main window as a user would, for the window tests: click Load invoice and wait
// for the run, find a row's push button and click where the delegate paints it.

#include "WindowSandbox.h"

#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "window/MonthPicker.h"
#include "grid/PushButtonDelegate.h"
#include "window/RunController.h"
#include "window/WindowActions.h"

#include "reconcile/MonthRun.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>

namespace windowdriver {

using namespace il::ui;

inline constexpr int LoadTimeout = 30000;

inline QWidget* toolButton(MainWindow& w, QAction* action) {
    auto* bar = w.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    return bar ? bar->widgetForAction(action) : nullptr;
}

// Picks the month, clicks Load invoice on the toolbar and waits for the run's result.
inline bool loadMonthByClicking(WindowSandbox& s, QDate month) {
    MainWindow& w = s.window();
    w.monthPicker()->setMonth(month);
    QSignalSpy changed(&s.run(), &il::MonthRun::resultChanged);
    QWidget* button = toolButton(w, w.actions()->load);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!w.controller()->isBusy() && changed.isEmpty())
        return false;
    if (changed.isEmpty() && !changed.wait(LoadTimeout))
        return false;
    return QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, LoadTimeout);
}

// The demo month, as most tests want it.
inline bool loadByClicking(WindowSandbox& s) {
    return loadMonthByClicking(s, s.demoMonth());
}

// The view row of the first shown line whose push button says one of labels.
inline int rowWithPush(QTableView* view, const QStringList& labels) {
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (labels.contains(view->model()->index(r, ActionColumn).data(PushLabelRole).toString()))
            return r;
    return -1;
}

// Clicks the painted push button of a view row, where the delegate draws it.
inline void clickPushButton(GridPage* grid, int row) {
    QTableView* view = grid->view();
    const QModelIndex index = view->model()->index(row, ActionColumn);
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    const QRect button = grid->pushDelegate()->buttonRect(option, index);
    QVERIFY(!button.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());
}

inline bool waitForPush(WindowSandbox& s) {
    QSignalSpy pushed(s.window().controller(), &RunController::pushed);
    if (!s.window().controller()->isBusy() && pushed.isEmpty())
        return false;
    return pushed.wait(LoadTimeout) && QTest::qWaitFor([&] { return !s.window().controller()->isBusy(); });
}

} // namespace windowdriver
