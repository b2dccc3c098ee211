// The main window against the in-process sandbox, driven as a user would: click Load invoice,
// filter with a tile, search, cancel a load, Ctrl+L, the welcome panel, remembered state, and
// screenshots kept as test artifacts (light and dark palettes). Pushing: test_main_window_push.cpp.
#include "DarkPalette.h"
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "create/CreateAgreementDialog.h"
#include "create/CreateProductDialog.h"
#include "grid/GridColours.h"
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineTableModel.h"
#include "window/MonthPicker.h"
#include "grid/PushButtonDelegate.h"
#include "push/PushReviewDialog.h"
#include "push/PushReviewModel.h"
#include "window/ReportSaver.h"
#include "window/RunController.h"
#include "common/RunProgress.h"
#include "grid/SearchFilterProxy.h"
#include "settings/SettingsDialog.h"
#include "grid/StatusFilterProxy.h"
#include "grid/SummaryTile.h"
#include "grid/SummaryTiles.h"
#include "log/TransferLogWindow.h"
#include "log/TransferTableModel.h"
#include "window/WelcomePanel.h"
#include "window/WindowActions.h"

#include "reconcile/MonthRun.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace il::ui;
using namespace windowdriver;
using il::LineAction;
using il::LineStatus;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void loadsTheDemoMonthByClickingLoadInvoice() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        GridPage* grid = w.grid();
        QAbstractItemModelTester modelTester(grid->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester statusTester(grid->statusProxy(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester searchTester(grid->searchProxy(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));

        const il::MonthResult& r = s.run().result();
        QCOMPARE(r.month, s.demoMonth());
        QCOMPARE(grid->model()->rowCount(), int(r.records.size()));
        QCOMPARE(grid->view()->model()->rowCount(), int(r.records.size()));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::All)->value(),
                 QLocale().toString(int(r.records.size())));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Ok)->value(),
                 QLocale().toString(r.count(LineStatus::Ok)));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Unlinked)->value(),
                 QLocale().toString(r.count(LineStatus::Unlinked)));
        QVERIFY(r.needingAttention() > 0);
        QVERIFY(w.windowTitle().contains(QLocale().toString(s.demoMonth(), QStringLiteral("yyyy"))));
        QVERIFY2(w.statusText().contains(QString::number(r.records.size())), qPrintable(w.statusText()));
        // Every planted status shows in words, row by row.
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QModelIndex status = grid->model()->index(row, StatusColumn);
            QCOMPARE(il::toString(LineStatus(status.data(StatusRole).toInt())),
                     il::toString(r.records[row].finding.status));
            QVERIFY(!status.data().toString().isEmpty());
            const QString planted = s.sandbox().data().planted.statusByLineId.value(r.records[row].linked.line.lineId);
            if (!planted.isEmpty())
                QCOMPARE(il::toString(r.records[row].finding.status), planted);
        }
    }

    void aTileFiltersTheDeviations() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        const il::MonthResult& r = s.run().result();
        const int deviations = int(r.records.size()) - r.count(LineStatus::Ok) - r.count(LineStatus::Unlinked);
        QVERIFY(deviations > 0);
        SummaryTile* tile = grid->tiles()->tile(StatusFilterProxy::Filter::Deviations);
        QCOMPARE(tile->value(), QLocale().toString(deviations));
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(grid->statusProxy()->filter(), StatusFilterProxy::Filter::Deviations);
        QCOMPARE(grid->view()->model()->rowCount(), deviations);
        for (int row = 0; row < grid->view()->model()->rowCount(); ++row) {
            const auto status = LineStatus(grid->view()->model()->index(row, 0).data(StatusRole).toInt());
            QVERIFY(status != LineStatus::Ok && status != LineStatus::Unlinked);
        }
        // The unlinked tile, then all lines again.
        QTest::mouseClick(grid->tiles()->tile(StatusFilterProxy::Filter::Unlinked), Qt::LeftButton);
        QCOMPARE(grid->view()->model()->rowCount(), r.count(LineStatus::Unlinked));
        QTest::mouseClick(grid->tiles()->tile(StatusFilterProxy::Filter::All), Qt::LeftButton);
        QCOMPARE(grid->view()->model()->rowCount(), int(r.records.size()));
    }

    void theSearchBoxFindsCustomersItemsAndDescriptions() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(loadByClicking(s));
        const il::MonthResult& r = s.run().result();
        const QString item = r.records.first().linked.line.itemCode;
        int expected = 0;
        for (const il::LineRecord& record : r.records)
            expected += (record.line().customerName + record.line().customerKey + record.line().itemCode +
                         record.line().description)
                            .contains(item, Qt::CaseInsensitive);
        QTest::keyClicks(w.grid()->searchBox(), item.toLower());
        QTRY_COMPARE(w.grid()->view()->model()->rowCount(), expected);
        QVERIFY(expected < r.records.size());
        w.grid()->searchBox()->clear();
        QTRY_COMPARE(w.grid()->view()->model()->rowCount(), int(r.records.size()));
    }

    void cancelsALoadFromTheStatusBar() {
        il::sandbox::SandboxOptions slow;
        slow.latency = std::chrono::milliseconds(400);
        WindowSandbox s(slow);
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy cancelled(w.controller(), &RunController::cancelled);
        w.showMonth(s.demoMonth(), true);
        QVERIFY(w.controller()->isBusy());
        QVERIFY(w.progress()->isVisible());
        QVERIFY(!w.actions()->load->isEnabled());
        QVERIFY(!w.actions()->settings->isEnabled());
        QTest::mouseClick(w.progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(LoadTimeout));
        QTRY_VERIFY(!w.controller()->isBusy());
        QVERIFY(!w.progress()->isVisible());
        QVERIFY(w.actions()->load->isEnabled());
        QCOMPARE(w.statusText(), QStringLiteral("Cancelled; no month is loaded."));
    }

    void ctrlLLoadsFromTheKeyboard() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.monthPicker()->setMonth(s.demoMonth());
        QSignalSpy loaded(w.controller(), &RunController::loaded);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(loaded.wait(LoadTimeout));
        QVERIFY(s.run().isLoaded());
    }

    void firstStartShowsTheWelcomePanel() {
        WindowSandbox s({}, false);
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* pages = qobject_cast<QStackedWidget*>(w.centralWidget());
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(w.welcome()));
        QVERIFY(!w.actions()->load->isEnabled());
        QVERIFY(w.welcome()->grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                                         QStringLiteral("/welcome.png")));

        QSignalSpy demo(&w, &MainWindow::demoRequested);
        QTest::mouseClick(w.welcome()->demoButton(), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QTest::mouseClick(w.welcome()->connectButton(), Qt::LeftButton);
        auto* settings = w.findChild<SettingsDialog*>();
        QVERIFY(settings);
        QVERIFY(settings->isVisible());
        settings->reject();
    }

    void remembersTheMonthAndTheColumnWidths() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        {
            MainWindow& w = s.window();
            w.show();
            QVERIFY(loadByClicking(s));
            w.grid()->view()->horizontalHeader()->resizeSection(DescriptionColumn, 333);
            QVERIFY(w.close());
        }
        s.closeWindow();
        MainWindow& again = s.window();
        QCOMPARE(again.monthPicker()->month(), s.demoMonth());
        QCOMPARE(again.grid()->view()->horizontalHeader()->sectionSize(DescriptionColumn), 333);
    }

    void rendersTheLoadedDemoToAPng() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        QTest::mouseClick(w.grid()->tiles()->tile(StatusFilterProxy::Filter::Deviations), Qt::LeftButton);
        const QString path = QStringLiteral(INVOICELINK_MAIN_WINDOW_PNG);
        QFile::remove(path);
        QVERIFY(w.grab().save(path));
        // A real picture of the window: its size, many colours, not a blank or tiny file.
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), w.size() * w.devicePixelRatio());
        QVERIFY(QFileInfo(path).size() > 20000);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void rendersReadablyInADarkPalette() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        const QPalette light = QApplication::palette();
        const QPalette dark = darkPalette();
        QApplication::setPalette(dark);
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        QTest::mouseClick(w.grid()->tiles()->tile(StatusFilterProxy::Filter::Deviations), Qt::LeftButton);
        const QImage image = w.grab().toImage();
        QApplication::setPalette(light);
        QVERIFY(image.save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                           QStringLiteral("/main_window_dark.png")));
        // The deviation tint stays dark enough for the light text on it.
        const QColor tint = GridColours::tint(dark, GridColours::Kind::Warning);
        QVERIFY(tint.lightnessF() < 0.45);
        QVERIFY(QColor(0xe6, 0xe6, 0xe6).lightnessF() - tint.lightnessF() > 0.45);
    }
};

INVOICELINK_UI_TEST(MainWindowTest)
#include "test_main_window.moc"
