// The main window against the in-process sandbox, driven as a user would: click Load invoice,
// filter with a tile, push one row with its button, push a selection through the review dialog,
// find the pushes in the transfer log; cancel a load; the welcome panel; remembered state; a
// screenshot kept as a test artifact.
#include "UiTestRegistry.h"
#include "WindowSandbox.h"

#include "CreateAgreementDialog.h"
#include "CreateProductDialog.h"
#include "GridColours.h"
#include "GridPage.h"
#include "GridRoles.h"
#include "LineTableModel.h"
#include "MonthPicker.h"
#include "PushButtonDelegate.h"
#include "PushReviewDialog.h"
#include "PushReviewModel.h"
#include "ReportSaver.h"
#include "RunController.h"
#include "RunProgress.h"
#include "SearchFilterProxy.h"
#include "SettingsDialog.h"
#include "StatusFilterProxy.h"
#include "SummaryTile.h"
#include "SummaryTiles.h"
#include "TransferLogWindow.h"
#include "TransferTableModel.h"
#include "WelcomePanel.h"
#include "WindowActions.h"

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
using il::LineAction;
using il::LineStatus;

namespace {

constexpr int LoadTimeout = 30000;

QWidget* toolButton(MainWindow& w, QAction* action) {
    auto* bar = w.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    return bar ? bar->widgetForAction(action) : nullptr;
}

// Clicks Load invoice on the toolbar and waits for the run's result.
bool loadByClicking(WindowSandbox& s) {
    MainWindow& w = s.window();
    w.monthPicker()->setMonth(s.demoMonth());
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

// The view row of the first shown line whose push button says one of labels.
int rowWithPush(QTableView* view, const QStringList& labels) {
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (labels.contains(view->model()->index(r, ActionColumn).data(PushLabelRole).toString()))
            return r;
    return -1;
}

// Clicks the painted push button of a view row, where the delegate draws it.
void clickPushButton(GridPage* grid, int row) {
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

bool waitForPush(WindowSandbox& s) {
    QSignalSpy pushed(s.window().controller(), &RunController::pushed);
    if (!s.window().controller()->isBusy() && pushed.isEmpty())
        return false;
    return pushed.wait(LoadTimeout) && QTest::qWaitFor([&] { return !s.window().controller()->isBusy(); });
}

} // namespace

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
        QCOMPARE(grid->model()->rowCount(), int(r.lines.size()));
        QCOMPARE(grid->view()->model()->rowCount(), int(r.lines.size()));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::All)->value(),
                 QLocale().toString(int(r.lines.size())));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Ok)->value(),
                 QLocale().toString(r.count(LineStatus::Ok)));
        QCOMPARE(grid->tiles()->tile(StatusFilterProxy::Filter::Unlinked)->value(),
                 QLocale().toString(r.count(LineStatus::Unlinked)));
        QVERIFY(r.needingAttention() > 0);
        QVERIFY(w.windowTitle().contains(QLocale().toString(s.demoMonth(), QStringLiteral("yyyy"))));
        QVERIFY2(w.statusText().contains(QString::number(r.lines.size())), qPrintable(w.statusText()));
        // Every planted status shows in words, row by row.
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QModelIndex status = grid->model()->index(row, StatusColumn);
            QCOMPARE(il::toString(LineStatus(status.data(StatusRole).toInt())),
                     il::toString(r.findings[row].status));
            QVERIFY(!status.data().toString().isEmpty());
            const QString planted = s.sandbox().data().planted.statusByLineId.value(r.lines[row].line.lineId);
            if (!planted.isEmpty())
                QCOMPARE(il::toString(r.findings[row].status), planted);
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
        const int deviations = int(r.lines.size()) - r.count(LineStatus::Ok) - r.count(LineStatus::Unlinked);
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
        QCOMPARE(grid->view()->model()->rowCount(), int(r.lines.size()));
    }

    void theSearchBoxFindsCustomersItemsAndDescriptions() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(loadByClicking(s));
        const il::MonthResult& r = s.run().result();
        const QString item = r.lines.first().line.itemCode;
        int expected = 0;
        for (const il::LinkedLine& l : r.lines)
            expected += (l.line.customerName + l.line.customerKey + l.line.itemCode + l.line.description)
                            .contains(item, Qt::CaseInsensitive);
        QTest::keyClicks(w.grid()->searchBox(), item.toLower());
        QTRY_COMPARE(w.grid()->view()->model()->rowCount(), expected);
        QVERIFY(expected < r.lines.size());
        w.grid()->searchBox()->clear();
        QTRY_COMPARE(w.grid()->view()->model()->rowCount(), int(r.lines.size()));
    }

    void pushesOneRowWithItsButton() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        const int row =
            rowWithPush(grid->view(), {QStringLiteral("Push price"), QStringLiteral("Push quantity"),
                                       QStringLiteral("Push both")});
        QVERIFY(row >= 0);
        const auto line = qsizetype(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong());
        const il::PushAction action = *grid->model()->plannedPush(line);
        QVERIFY(!action.changes.isEmpty());

        clickPushButton(grid, row);
        QVERIFY(waitForPush(s));

        // ConnectWise holds the new values, the row says so, and the line no longer deviates.
        const il::Addition* cw = s.cwAddition(action.additionId);
        QVERIFY(cw);
        for (const il::PushChange& c : action.changes)
            QCOMPARE(il::Pusher::fieldValue(*cw, c.field).toString(), c.newValue.toString());
        const QModelIndex outcome = grid->model()->index(int(line), ActionColumn);
        QCOMPARE(il::toString(LineAction(outcome.data(ActionRole).toInt())),
                 il::toString(LineAction::Updated));
        QCOMPARE(outcome.data().toString(), QStringLiteral("Pushed"));
        QCOMPARE(outcome.data(PushLabelRole).toString(), QString());
        QCOMPARE(il::toString(s.run().result().findings[line].status), il::toString(LineStatus::Ok));
        QVERIFY2(w.statusText().contains(QStringLiteral("1 correction pushed")), qPrintable(w.statusText()));
        // The row kept its place in the view (no reset): the same line is still on it.
        QCOMPARE(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong(), qlonglong(line));
        QVERIFY(w.grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                              QStringLiteral("/main_window_pushed.png")));
    }

    void pushesASelectionThroughTheReviewDialogAndFindsThemInTheLog() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        QTest::mouseClick(grid->tiles()->tile(StatusFilterProxy::Filter::Deviations), Qt::LeftButton);
        grid->view()->setFocus();
        grid->view()->selectAll();
        QVERIFY(w.actions()->pushSelected->isEnabled());
        w.actions()->pushSelected->trigger();

        auto* dialog = w.findChild<PushReviewDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QAbstractItemModelTester reviewTester(dialog->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<il::PushAction> pushable = dialog->pushable();
        QVERIFY(pushable.size() >= 2);
        int changes = 0;
        for (const il::PushAction& a : pushable)
            changes += int(a.changes.size());
        QCOMPARE(dialog->model()->changeCount(), changes);
        QCOMPARE(dialog->model()->rowCount(), changes + dialog->model()->skippedCount());
        QVERIFY2(dialog->totalsText().contains(QStringLiteral("%1 changes").arg(changes)),
                 qPrintable(dialog->totalsText()));
        QCOMPARE(dialog->pushButton()->text(), QStringLiteral("&Push %1 changes").arg(changes));
        // Before → after on every row, as the planner made it.
        const QModelIndex first = dialog->model()->index(0, PushReviewModel::AfterColumn);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                                    QStringLiteral("/push_review.png")));

        dialog->accept();
        QVERIFY(waitForPush(s));

        // Every pushed line shows its outcome; what could be pushed needs nothing more.
        int pushedLines = 0;
        for (const il::PushAction& a : pushable)
            for (qsizetype line : a.lineIndexes) {
                const auto action =
                    LineAction(grid->model()->index(int(line), ActionColumn).data(ActionRole).toInt());
                QVERIFY(action == LineAction::Updated || action == LineAction::Created);
                ++pushedLines;
            }
        QVERIFY(pushedLines >= pushable.size());
        for (const il::PushAction& a : w.controller()->plan())
            QVERIFY2(a.skipped(), qPrintable(a.productIdentifier));

        // The transfer log has one row per changed field (a create is one row), all pushed.
        const QString month = MonthPicker::key(s.demoMonth());
        const std::vector<il::Transfer> transfers = s.run().transfers(month);
        QVERIFY(!transfers.empty());
        int expectedRows = 0;
        for (const il::PushAction& a : pushable)
            expectedRows += a.isCreate() ? 1 : int(a.changes.size());
        QCOMPARE(int(transfers.size()), expectedRows);
        for (const il::Transfer& t : transfers)
            QCOMPARE(il::toString(t.outcome), il::toString(il::TransferOutcome::Pushed));

        // And in the transfer log window.
        w.actions()->transferLog->trigger();
        TransferLogWindow* log = w.transferLog();
        QVERIFY(log);
        QVERIFY(log->isVisible());
        QCOMPARE(log->month(), month);
        QTRY_COMPARE(log->model()->rowCount(), int(transfers.size()));
    }

    void showsRefusedAndFailedPushesOnTheirRows() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        QTest::mouseClick(grid->tiles()->tile(StatusFilterProxy::Filter::Deviations), Qt::LeftButton);
        const QStringList updates{QStringLiteral("Push quantity"), QStringLiteral("Push price"),
                                  QStringLiteral("Push both")};

        // Someone edits the addition in ConnectWise after the load: the push is refused.
        int row = rowWithPush(grid->view(), updates);
        QVERIFY(row >= 0);
        const auto refusedLine =
            qsizetype(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong());
        const il::PushAction refused = *grid->model()->plannedPush(refusedLine);
        for (il::Addition& a : s.sandbox().data().cw.additions)
            if (a.id == refused.additionId) {
                a.quantity = il::Decimal::fromInt(99);
                a.lastUpdated = QStringLiteral("2030-01-01T00:00:00Z");
            }
        clickPushButton(grid, row);
        QVERIFY(waitForPush(s));
        QModelIndex outcome = grid->model()->index(int(refusedLine), ActionColumn);
        QCOMPARE(outcome.data().toString(), QStringLiteral("Refused: changed in ConnectWise"));
        QVERIFY(outcome.data(Qt::ToolTipRole).toString().contains(QStringLiteral("changed in ConnectWise")));
        QCOMPARE(s.cwAddition(refused.additionId)->quantity.toString(),
                 QStringLiteral("99")); // not overwritten
        QVERIFY2(w.statusText().contains(QStringLiteral("refused")), qPrintable(w.statusText()));

        // ConnectWise answers an error: the row says it failed, with ConnectWise's message.
        row = -1;
        for (int r = 0; r < grid->view()->model()->rowCount() && row < 0; ++r) {
            const QModelIndex i = grid->view()->model()->index(r, ActionColumn);
            if (updates.contains(i.data(PushLabelRole).toString()) &&
                i.data(LineIndexRole).toLongLong() != refusedLine)
                row = r;
        }
        QVERIFY(row >= 0);
        const auto failedLine =
            qsizetype(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong());
        const int broken = grid->model()->plannedPush(failedLine)->additionId;
        s.sandbox().server().addFault(
            {.pathPattern = QStringLiteral("/additions/%1$").arg(broken), .status = 500});
        clickPushButton(grid, row);
        QVERIFY(waitForPush(s));
        outcome = grid->model()->index(int(failedLine), ActionColumn);
        QCOMPARE(outcome.data().toString(), QStringLiteral("Failed"));
        QVERIFY2(outcome.data(Qt::ToolTipRole).toString().contains(QStringLiteral("500")),
                 qPrintable(outcome.data(Qt::ToolTipRole).toString()));
        QVERIFY2(w.statusText().contains(QStringLiteral("1 failed")), qPrintable(w.statusText()));
        // Both are in the log with their outcome.
        const auto transfers = s.run().transfers(MonthPicker::key(s.demoMonth()));
        QVERIFY(std::any_of(transfers.begin(), transfers.end(), [](const il::Transfer& t) {
            return t.outcome == il::TransferOutcome::RefusedChanged;
        }));
        QVERIFY(std::any_of(transfers.begin(), transfers.end(),
                            [](const il::Transfer& t) { return t.outcome == il::TransferOutcome::Failed; }));
    }

    void confirmsSuggestionsCreatesAndExports() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        const il::MonthResult& r = s.run().result();
        int autoLine = -1;
        for (int i = 0; i < r.lines.size() && autoLine < 0; ++i)
            if (r.lines[i].isLinked() && r.lines[i].origin() != il::LinkOrigin::Confirmed)
                autoLine = i;
        QVERIFY(autoLine >= 0);
        w.actions()->confirm->trigger();
        QCOMPARE(grid->model()->index(autoLine, AgreementColumn).data(OriginRole).toInt(),
                 int(il::LinkOrigin::Confirmed));
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Confirmed the links of")),
                 qPrintable(w.statusText()));

        // The create dialogs open for the current row.
        grid->view()->setCurrentIndex(grid->view()->model()->index(0, 0));
        QVERIFY(w.actions()->createAgreement->isEnabled());
        w.actions()->createAgreement->trigger();
        auto* agreement = w.findChild<CreateAgreementDialog*>();
        QVERIFY(agreement && agreement->isVisible());
        agreement->reject();
        w.actions()->createProduct->trigger();
        auto* product = w.findChild<CreateProductDialog*>();
        QVERIFY(product && product->isVisible());
        product->reject();

        // The report, as the Export button saves it.
        for (const QString& name : {QStringLiteral("report.xlsx"), QStringLiteral("report.csv")}) {
            const ReportSaver::Result saved = ReportSaver::save(r, s.path(name));
            QVERIFY2(saved.saved, qPrintable(saved.message));
            QVERIFY(QFileInfo(s.path(name)).size() > 1000);
        }
        QFile csv(s.path(QStringLiteral("report.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), r.lines.size() + 1);
        QVERIFY(!ReportSaver::save(r, s.path(QStringLiteral("report.txt"))).saved);
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
        QCOMPARE(w.statusText(), QStringLiteral("Cancelled."));
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
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
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
