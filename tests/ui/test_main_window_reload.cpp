// Issue 10 point 10: cancelling a reload gives back a working grid (the month shown before, with
// its results, pushable), cancelling a first load clears the grid and says so, and a push that
// cannot run now says why instead of silently doing nothing.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "common/RunProgress.h"
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineTableModel.h"
#include "grid/PushButtonDelegate.h"
#include "window/RunController.h"
#include "window/WindowActions.h"

#include "reconcile/MonthRun.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"

#include <QAction>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace il::ui;
using namespace windowdriver;

namespace {

const QStringList kPushLabels{QStringLiteral("Push price"), QStringLiteral("Push quantity"),
                              QStringLiteral("Push both")};
const QString kPatch = QStringLiteral("connectwise finance/agreements/{id}/additions/{id}");

// Slows Exact's invoice lines down so a load is still running when the test cancels it.
void slowDownTheInvoiceLines(WindowSandbox& s) {
    il::sandbox::FaultSpec slow;
    slow.pathPattern = QStringLiteral("PurchaseInvoiceLines");
    slow.delayMs = 1500;
    s.sandbox().server().addFault(slow);
}

} // namespace

class MainWindowReloadTest : public QObject {
    Q_OBJECT
private slots:
    void cancellingAReloadGivesBackTheMonthShownBeforeAndItStillPushes() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        const int rows = grid->model()->rowCount();
        const int ok = s.run().result().count(il::LineStatus::Ok);
        QVERIFY(rows > 0);

        slowDownTheInvoiceLines(s);
        QSignalSpy cancelled(w.controller(), &RunController::cancelled);
        w.loadInvoice();
        QVERIFY(w.controller()->isBusy());

        // The status bar shows the load's phase with its counts, the bar its share of the total.
        QTRY_VERIFY_WITH_TIMEOUT(w.progress()->stepText().startsWith(QStringLiteral("Exact Online: invoices")), 5000);
        QVERIFY2(w.progress()->stepText().contains(QStringLiteral(" of ")), qPrintable(w.progress()->stepText()));
        QVERIFY(w.progress()->bar()->maximum() > 0);
        QCOMPARE(w.progress()->bar()->value(), w.progress()->bar()->maximum()); // every invoice header is read

        // While the reload runs, a push says why it does not happen, and sends nothing.
        const int row = rowWithPush(grid->view(), kPushLabels);
        QVERIFY(row >= 0);
        QVERIFY(!grid->pushDelegate()->disabledReason().isEmpty());
        QVERIFY(!w.actions()->pushAll->isEnabled());
        QVERIFY2(w.actions()->pushAll->toolTip().contains(QStringLiteral("a job is running")),
                 qPrintable(w.actions()->pushAll->toolTip()));
        const int patchesBefore = s.sandbox().connectwise().requestCount("PATCH", kPatch);
        clickPushButton(grid, row);
        QVERIFY2(w.statusText().contains(QStringLiteral("A job is running")), qPrintable(w.statusText()));

        QTest::mouseClick(w.progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(LoadTimeout));
        QTRY_VERIFY(!w.controller()->isBusy());
        QCOMPARE(s.sandbox().connectwise().requestCount("PATCH", kPatch), patchesBefore);

        // The month shown before is back whole: the run holds it, the grid shows it, it says so.
        QVERIFY(s.run().isLoaded());
        QCOMPARE(s.run().result().month, s.demoMonth());
        QCOMPARE(int(s.run().result().records.size()), rows);
        QCOMPARE(s.run().result().count(il::LineStatus::Ok), ok);
        QCOMPARE(grid->model()->rowCount(), rows);
        QVERIFY(grid->pushDelegate()->disabledReason().isEmpty());
        QVERIFY2(w.statusText().contains(QStringLiteral("stays loaded as it was")), qPrintable(w.statusText()));
        QVERIFY(w.actions()->pushAll->isEnabled());

        // And it works: the push button pushes.
        s.sandbox().server().clearFaults();
        const int again = rowWithPush(grid->view(), kPushLabels);
        QVERIFY(again >= 0);
        const qsizetype line = qsizetype(grid->view()->model()->index(again, ActionColumn).data(LineIndexRole).toLongLong());
        clickPushButton(grid, again);
        QVERIFY2(waitForPush(s), qPrintable(w.statusText()));
        QVERIFY(s.sandbox().connectwise().requestCount("PATCH", kPatch) > patchesBefore);
        QVERIFY(s.run().result().records[line].action == il::LineAction::Updated);
    }

    void aWaitForExactsRateLimitCountsDownInTheStatusBar() {
        RunProgress progress;
        progress.start(QStringLiteral("Loading"));
        il::LoadProgress step;
        step.phase = il::LoadProgress::Phase::ExactLines;
        step.done = 1200;
        step.total = 5000;
        step.waitSeconds = 3;
        progress.loadStep(step);
        QCOMPARE(progress.stepText(),
                 QStringLiteral("Exact Online: invoice lines %1 of %2 — waiting 3 s for Exact Online's rate limit")
                     .arg(QLocale().toString(1200), QLocale().toString(5000)));
        QCOMPARE(progress.bar()->maximum(), 5000);
        QCOMPARE(progress.bar()->value(), 1200);
        QTRY_VERIFY_WITH_TIMEOUT(progress.stepText().contains(QStringLiteral("waiting 2 s")), 2500);
        step.waitSeconds = 0;
        step.done = 1260;
        progress.loadStep(step);
        QCOMPARE(progress.stepText(), QStringLiteral("Exact Online: invoice lines %1 of %2")
                                          .arg(QLocale().toString(1260), QLocale().toString(5000)));
    }

    void cancellingAFirstLoadClearsTheGridAndSaysSo() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        slowDownTheInvoiceLines(s);
        QSignalSpy cancelled(w.controller(), &RunController::cancelled);
        w.showMonth(s.demoMonth(), true);
        QVERIFY(w.controller()->isBusy());
        QTest::mouseClick(w.progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(LoadTimeout));
        QTRY_VERIFY(!w.controller()->isBusy());
        QVERIFY(!s.run().isLoaded());
        QCOMPARE(w.grid()->model()->rowCount(), 0);
        auto* hint = w.grid()->findChild<QLabel*>(QStringLiteral("gridHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("no month is loaded")), qPrintable(hint->text()));
        QCOMPARE(w.statusText(), QStringLiteral("Cancelled; no month is loaded."));
        // Disabled commands say why.
        QVERIFY(!w.actions()->pushAll->isEnabled());
        QVERIFY2(w.actions()->pushAll->toolTip().contains(QStringLiteral("load a month first")),
                 qPrintable(w.actions()->pushAll->toolTip()));
    }
};

INVOICELINK_UI_TEST(MainWindowReloadTest)
#include "test_main_window_reload.moc"
