// Pushing from the main window against the in-process sandbox: one row with its button, a
// selection through the review dialog, found again in the transfer log; refused and failed
// pushes on their rows; confirm all suggestions, the create dialogs and the report export.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

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
using namespace windowdriver;
using il::LineAction;
using il::LineStatus;

class MainWindowPushTest : public QObject {
    Q_OBJECT
private slots:
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
};

INVOICELINK_UI_TEST(MainWindowPushTest)
#include "test_main_window_push.moc"
