// issue 10 points 4 and 5 in the main window against the in-process sandbox: Dismiss… on a
// selected line (keyboard shortcut, with the note dialog answered) shows the decision in the
// Status column and in the tiles, takes the row's push button away and settles its tint; Undo
// decision brings it back; Note… puts a note on any line.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "grid/DecisionActions.h"
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineTableModel.h"
#include "grid/StatusFilterProxy.h"
#include "grid/SummaryTile.h"
#include "grid/SummaryTiles.h"

#include "domain/LineDecision.h"
#include "reconcile/MonthRun.h"

#include <QItemSelectionModel>
#include <QMenuBar>
#include <QTest>

using namespace il::ui;
using namespace windowdriver;
using il::LineDecision;

class DecisionsTest : public QObject {
    Q_OBJECT
private:
    static void selectRow(GridPage* grid, int row) {
        QTableView* view = grid->view();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    static qsizetype lineOf(GridPage* grid, int row) {
        return qsizetype(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong());
    }

private slots:
    void dismissingALineShowsItInTheRowAndTheTilesAndUndoBringsItBack() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        const int row = rowWithPush(grid->view(), {QStringLiteral("Push quantity")});
        QVERIFY(row >= 0);
        const qsizetype line = lineOf(grid, row);
        QVERIFY(s.run().result().records[line].finding.groupSize == 1);
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Dismissed)->value(), QStringLiteral("0"));

        QStringList asked;
        w.decisions()->setNoteAsker([&](const QString& title, const QString&, const QString&) -> std::optional<QString> {
            asked << title;
            return QStringLiteral("two licences are free");
        });
        selectRow(grid, row);
        QVERIFY(w.decisions()->dismiss->isEnabled());
        QTest::keyClick(grid->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked, QStringList{QStringLiteral("Dismiss")});

        QCOMPARE(s.run().result().records[line].decision, LineDecision::Dismissed);
        const QModelIndex status = grid->view()->model()->index(row, StatusColumn);
        QVERIFY2(status.data().toString().endsWith(QStringLiteral("· Dismissed")), qPrintable(status.data().toString()));
        QCOMPARE(LineDecision(status.data(DecisionRole).toInt()), LineDecision::Dismissed);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("two licences are free")));
        QCOMPARE(grid->view()->model()->index(row, ActionColumn).data(PushLabelRole).toString(), QString());
        QVERIFY2(!grid->view()->model()->index(row, CwQuantityColumn).data(DeviationRole).toBool(),
                 "a dismissed deviation is no longer tinted");
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Dismissed)->value(), QStringLiteral("1"));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Accepted)->value(), QStringLiteral("0"));
        QVERIFY(w.statusText().contains(QStringLiteral("dismissed")));

        // The Dismissed tile shows exactly that line.
        QTest::mouseClick(grid->tiles()->tile(StatusFilterProxy::Filter::Dismissed), Qt::LeftButton);
        QCOMPARE(grid->view()->model()->rowCount(), 1);
        QCOMPARE(lineOf(grid, 0), line);

        selectRow(grid, 0);
        QTest::keyClick(grid->view(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(s.run().result().records[line].decision, LineDecision::None);
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Dismissed)->value(), QStringLiteral("0"));
        QCOMPARE(grid->view()->model()->index(0, ActionColumn).data(PushLabelRole).toString(),
                 QStringLiteral("Push quantity"));
    }

    void aNoteGoesOnAnyLineAndTheDecideMenuOffersTheActions() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        bool menu = false;
        for (QAction* a : w.menuBar()->actions())
            if (a->menu() && a->menu()->actions().contains(w.decisions()->note))
                menu = true;
        QVERIFY2(menu, "the Decide menu holds Note…");

        w.decisions()->setNoteAsker([](const QString&, const QString&, const QString&) -> std::optional<QString> {
            return QStringLiteral("ask sales about the renewal");
        });
        selectRow(grid, 0);
        w.decisions()->note->trigger();
        const qsizetype line = lineOf(grid, 0);
        QCOMPARE(s.run().result().records[line].note, QStringLiteral("ask sales about the renewal"));
        QCOMPARE(s.run().result().records[line].decision, LineDecision::None);
        QVERIFY(grid->view()->model()->index(0, StatusColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("ask sales about the renewal")));

        // Accept… on it, cancelled in the dialog: nothing is decided.
        w.decisions()->setNoteAsker([](const QString&, const QString&, const QString&) { return std::nullopt; });
        w.decisions()->accept->trigger();
        QCOMPARE(s.run().result().records[line].decision, LineDecision::None);
    }
};

INVOICELINK_UI_TEST(DecisionsTest)
#include "test_decisions.moc"
