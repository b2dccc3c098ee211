// One window, two months: each load is a run of its own with its own run record, and a push
// after switching months is filed under the month shown, not the one loaded first.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "grid/GridPage.h"
#include "grid/LineTableModel.h"
#include "window/MonthPicker.h"
#include "window/RunController.h"

#include "reconcile/MonthRun.h"
#include "store/Database.h"
#include "store/TransferLog.h"

#include <QTest>

using namespace il::ui;
using namespace windowdriver;

class MainWindowMonthsTest : public QObject {
    Q_OBJECT
private slots:
    void loadsTwoMonthsAndFilesThePushUnderTheSecondMonthsRun() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QDate october = s.demoMonth();
        const QDate september = october.addMonths(-1);

        QVERIFY(loadMonthByClicking(s, september));
        QCOMPARE(s.run().result().month, september);
        const qint64 septemberRun = s.run().runId();
        const int septemberLines = int(s.run().result().records.size());
        QVERIFY(septemberRun != 0);
        QVERIFY(septemberLines > 0);

        QVERIFY(loadMonthByClicking(s, october));
        QCOMPARE(s.run().result().month, october);
        const qint64 octoberRun = s.run().runId();
        QVERIFY2(octoberRun != 0 && octoberRun != septemberRun,
                 "October's load must start a run record of its own");

        GridPage* grid = w.grid();
        const int row =
            rowWithPush(grid->view(), {QStringLiteral("Push price"), QStringLiteral("Push quantity"),
                                       QStringLiteral("Push both")});
        QVERIFY(row >= 0);
        const auto line = qsizetype(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong());
        const int changes = int(grid->model()->plannedPush(line)->changes.size());
        QVERIFY(changes > 0);
        clickPushButton(grid, row);
        QVERIFY(waitForPush(s));
        QCOMPARE(s.run().result().pushed, 1);
        const int octoberLines = int(s.run().result().records.size());

        // The app quits: its workspace ends the run of the month on screen.
        s.closeApp();
        il::Database database(QStringLiteral("sqlite://") + s.path(QStringLiteral("links.sqlite")));
        il::TransferLog log(database);
        const std::vector<il::RunRecord> runs = log.runs();
        QCOMPARE(int(runs.size()), 2);
        QCOMPARE(runs[0].id, septemberRun);
        QCOMPARE(runs[0].month, MonthPicker::key(september));
        QCOMPARE(runs[0].frontEnd, QStringLiteral("gui"));
        QVERIFY2(runs[0].endedAt.isValid(), "switching months ends September's run");
        QCOMPARE(runs[0].counts.value(QStringLiteral("lines")).toInt(), septemberLines);
        QCOMPARE(runs[0].counts.value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(runs[1].id, octoberRun);
        QCOMPARE(runs[1].month, MonthPicker::key(october));
        QVERIFY2(runs[1].endedAt.isValid(), "quitting ends October's run");
        QCOMPARE(runs[1].counts.value(QStringLiteral("lines")).toInt(), octoberLines);
        QCOMPARE(runs[1].counts.value(QStringLiteral("pushed")).toInt(), 1);

        // One row per changed field, every one under October's run and month.
        const std::vector<il::Transfer> rows = log.list();
        QCOMPARE(int(rows.size()), changes);
        for (const il::Transfer& t : rows) {
            QCOMPARE(t.runId, octoberRun);
            QCOMPARE(t.month, MonthPicker::key(october));
            QCOMPARE(il::toString(t.outcome), il::toString(il::TransferOutcome::Pushed));
        }
    }
};

INVOICELINK_UI_TEST(MainWindowMonthsTest)
#include "test_main_window_months.moc"
