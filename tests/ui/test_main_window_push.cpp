// Pushing from the main window against the in-process sandbox: one row with its button, a
// selection through the review dialog, found again in the transfer log; refused and failed
// pushes on their rows; confirm all suggestions, the create dialogs and the report export.
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
#include "reconcile/NameNormalizer.h"
#include "store/Database.h"
#include "store/PushLock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
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
    void refusesAPushWhileAnotherProcessPushesTheMonthAndSaysWho() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        // A colleague's scheduled run pushes this month right now, on the same database.
        il::Database other(QStringLiteral("sqlite://") + s.path(QStringLiteral("links.sqlite")));
        const QString colleague = QStringLiteral("anna (cli on finance-pc, pid 4242)");
        QString heldBy;
        auto lock = il::PushLock::tryAcquire(other, s.demoMonth().toString(QStringLiteral("yyyy-MM")), colleague, &heldBy);
        QVERIFY(lock);
        GridPage* grid = w.grid();
        const int row = rowWithPush(grid->view(), {QStringLiteral("Push price"), QStringLiteral("Push quantity"),
                                                   QStringLiteral("Push both")});
        QVERIFY(row >= 0);
        const QString patch = QStringLiteral("connectwise finance/agreements/{id}/additions/{id}");
        const int patchesBefore = s.sandbox().connectwise().requestCount("PATCH", patch);
        QSignalSpy failed(w.controller(), &RunController::failed);
        clickPushButton(grid, row);
        // (The refusal may come at once, inside the click.)
        QVERIFY2(!failed.isEmpty() || failed.wait(LoadTimeout), qPrintable(w.statusText()));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(colleague), qPrintable(message));
        QVERIFY2(w.statusText().contains(colleague), qPrintable(w.statusText()));
        QVERIFY(w.grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") + QStringLiteral("/push_locked.png")));
        QCOMPARE(s.sandbox().connectwise().requestCount("PATCH", patch), patchesBefore);
        QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }));
        // Once the colleague is done, the same button pushes.
        lock.reset();
        clickPushButton(grid, row);
        QVERIFY(waitForPush(s));
        QCOMPARE(s.sandbox().connectwise().requestCount("PATCH", patch), patchesBefore + 1);
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
        QCOMPARE(il::toString(s.run().result().records[line].finding.status), il::toString(LineStatus::Ok));
        QVERIFY2(w.statusText().contains(QStringLiteral("1 correction pushed")), qPrintable(w.statusText()));
        // The row kept its place in the view (no reset): the same line is still on it.
        QCOMPARE(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong(), qlonglong(line));
        QVERIFY(w.grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                              QStringLiteral("/main_window_pushed.png")));
    }

    // A link set on one line redraws the lines it changed (those of that customer) and nothing
    // else: no reset, so the row the user stands on stays current.
    void aLinkRedrawsOnlyTheLinesItChanged() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<il::LineRecord> before = s.run().result().records;
        qsizetype ambiguous = -1;
        for (qsizetype i = 0; i < before.size() && ambiguous < 0; ++i)
            if (before[i].finding.reason.startsWith(QStringLiteral("several companies match")))
                ambiguous = i;
        QVERIFY2(ambiguous >= 0, "the demo plants an ambiguous company");
        const QString key = before[ambiguous].line().customerKey;
        int companyId = 0;
        for (const il::Company& c : s.run().companies())
            if (il::NameNormalizer::normalize(c.name) == il::NameNormalizer::normalize(key))
                companyId = c.id;
        QVERIFY(companyId);
        QSet<qsizetype> ofCustomer;
        qsizetype other = -1;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i].line().customerKey == key)
                ofCustomer.insert(i);
            else if (other < 0)
                other = i;
        }
        // The user stands on a line of another customer.
        QTableView* view = grid->view();
        int otherRow = -1;
        for (int r = 0; r < view->model()->rowCount() && otherRow < 0; ++r)
            if (view->model()->index(r, 0).data(LineIndexRole).toLongLong() == other)
                otherRow = r;
        QVERIFY(otherRow >= 0);
        view->setCurrentIndex(view->model()->index(otherRow, CustomerColumn));

        QSignalSpy lines(&s.run(), &il::MonthRun::linesChanged);
        QSignalSpy reset(grid->model(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(grid->model(), &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(grid->model(), &QAbstractItemModel::dataChanged);
        auto task = s.run().setLink(ambiguous, companyId, 0, QString()); // kept until it is done
        QVERIFY(lines.count() > 0 || lines.wait(LoadTimeout));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        const QList<qsizetype> reported = lines[0][0].value<QList<qsizetype>>();
        QCOMPARE(QSet<qsizetype>(reported.begin(), reported.end()), ofCustomer);
        QSet<qsizetype> redrawn;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const QModelIndex from = args[0].toModelIndex(), to = args[1].toModelIndex();
            QCOMPARE(from.column(), 0);
            QCOMPARE(to.column(), GridColumnCount - 1);
            for (int r = from.row(); r <= to.row(); ++r)
                redrawn.insert(r);
        }
        QCOMPARE(redrawn, ofCustomer);
        QVERIFY(redrawn.size() < grid->model()->rowCount());
        QCOMPARE(il::toString(s.run().result().records[ambiguous].linked.companyOrigin),
                 il::toString(il::LinkOrigin::Confirmed));
        QVERIFY(grid->model()->index(int(ambiguous), CompanyColumn).data().toString() != QStringLiteral("not linked"));
        // Still on the same line.
        QCOMPARE(view->currentIndex().data(LineIndexRole).toLongLong(), qlonglong(other));
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
        // (On the PATCH: the change check reads the agreement's additions in one list call, and a
        // read-back that failed too would rightly stop the push as an unknown outcome.)
        s.sandbox().server().addFault(
            {.pathPattern = QStringLiteral("/additions/%1$").arg(broken), .status = 500, .method = "PATCH"});
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
        for (int i = 0; i < r.records.size() && autoLine < 0; ++i)
            if (r.records[i].linked.isLinked() && r.records[i].linked.origin() != il::LinkOrigin::Confirmed)
                autoLine = i;
        QVERIFY(autoLine >= 0);
        w.actions()->confirm->trigger();
        auto* ask = w.findChild<QMessageBox*>(QStringLiteral("confirmSuggestionsBox"));
        QVERIFY(ask && ask->isVisible());
        QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
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
        QCOMPARE(csv.readAll().count('\n'), r.records.size() + 1);
        QVERIFY(!ReportSaver::save(r, s.path(QStringLiteral("report.txt"))).saved);
    }
};

// issue 7 §5 in the window: confirming all suggestions asks first, with the count, and leaves
// links to inactive agreements out; a new addition whose catalog item has no price is pushed only
// with a price the user typed.
class MainWindowRiskyCreatesTest : public QObject {
    Q_OBJECT
private slots:
    void confirmAllAsksWithTheCountAndSkipsInactiveAgreements() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(loadByClicking(s));
        const il::MonthResult& r = s.run().result();
        int suggested = 0;
        QList<int> inactive;
        for (int i = 0; i < r.records.size(); ++i) {
            if (!r.records[i].linked.isLinked() || r.records[i].linked.origin() == il::LinkOrigin::Confirmed)
                continue;
            if (r.records[i].finding.status == LineStatus::AgreementInactive)
                inactive << i;
            else
                ++suggested;
        }
        QVERIFY2(!inactive.isEmpty(), "the demo links lines to ended agreements");
        QVERIFY(suggested > 0);

        // Cancel: nothing changes.
        w.actions()->confirm->trigger();
        auto* ask = w.findChild<QMessageBox*>(QStringLiteral("confirmSuggestionsBox"));
        QVERIFY(ask && ask->isVisible());
        QVERIFY2(ask->text().contains(QStringLiteral("%1 lines").arg(suggested)), qPrintable(ask->text()));
        QVERIFY(ask->informativeText().contains(QStringLiteral("not active")));
        QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<QMessageBox*>(QStringLiteral("confirmSuggestionsBox")));
        QCOMPARE(s.run().suggestionsToConfirm(), suggested);

        // Yes: the count it named is confirmed; the lines on inactive agreements stay as they were.
        w.actions()->confirm->trigger();
        ask = w.findChild<QMessageBox*>(QStringLiteral("confirmSuggestionsBox"));
        QVERIFY(ask);
        QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY2(w.statusText() == QStringLiteral("Confirmed the links of %1 lines; they are remembered for next month.")
                                       .arg(suggested),
                 qPrintable(w.statusText()));
        for (int i : inactive)
            QVERIFY(s.run().result().records[i].linked.origin() != il::LinkOrigin::Confirmed);
        QCOMPARE(s.run().suggestionsToConfirm(), 0);
        QTRY_VERIFY(!w.findChild<QMessageBox*>(QStringLiteral("confirmSuggestionsBox")));
        w.actions()->confirm->trigger(); // nothing left: no question
        QVERIFY(!w.findChild<QMessageBox*>(QStringLiteral("confirmSuggestionsBox")));
        QCOMPARE(w.statusText(), QStringLiteral("No suggested link is left to confirm."));
    }

    void theReviewAsksForAPriceTheCatalogLacks() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));
        GridPage* grid = w.grid();
        // A line whose addition would be created; then its catalog item loses its price.
        int row = rowWithPush(grid->view(), {QStringLiteral("Create addition")});
        QVERIFY(row >= 0);
        const auto line = qsizetype(grid->view()->model()->index(row, 0).data(LineIndexRole).toLongLong());
        const QString product = grid->model()->plannedPush(line)->productIdentifier;
        const il::InvoiceLine invoiceLine = s.run().result().records[line].linked.line;
        for (il::CatalogItem& c : s.sandbox().data().cw.catalog)
            if (c.identifier.compare(product, Qt::CaseInsensitive) == 0)
                c.price = il::Decimal();
        QVERIFY(loadByClicking(s));
        row = -1;
        for (int r = 0; r < grid->view()->model()->rowCount() && row < 0; ++r)
            if (grid->view()->model()->index(r, 0).data(LineIndexRole).toLongLong() == line)
                row = r;
        QVERIFY(row >= 0);
        const il::PushAction* planned = grid->model()->plannedPush(line);
        QVERIFY(planned && planned->needsPrice);
        QCOMPARE(grid->view()->model()->index(row, ActionColumn).data(PushLabelRole).toString(),
                 QStringLiteral("Create addition…"));

        // The row's button opens the review, which asks for the price before it pushes anything.
        const int postsBefore = s.sandbox().connectwise().requestCount(
            "POST", QStringLiteral("connectwise finance/agreements/{id}/additions"));
        clickPushButton(grid, row);
        auto* dialog = w.findChild<PushReviewDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PushReviewModel* review = dialog->model();
        QCOMPARE(review->missingPrices(), 1);
        QVERIFY(!dialog->pushButton()->isEnabled());
        QVERIFY(dialog->pushable().isEmpty());
        QVERIFY2(dialog->totalsText().contains(QStringLiteral("Type the missing price of 1 new addition")),
                 qPrintable(dialog->totalsText()));
        const QModelIndex cell = review->priceIndex(0);
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data().toString(), QStringLiteral("type the price"));
        QVERIFY(review->flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(review->flags(review->index(0, PushReviewModel::AfterColumn)) & Qt::ItemIsEditable) ||
                review->index(0, PushReviewModel::AfterColumn) == cell);

        // Typed in the cell as a user would; a comma is not a decimal point.
        auto typeIn = [&](const QString& text) {
            auto* view = dialog->findChild<QTableView*>(QStringLiteral("reviewTable"));
            view->setCurrentIndex(cell);
            view->edit(cell);
            auto* editor = view->viewport()->findChild<QLineEdit*>();
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!view->viewport()->findChild<QLineEdit*>() || !view->viewport()->findChild<QLineEdit*>()->isVisible());
        };
        typeIn(QStringLiteral("12,50"));
        QCOMPARE(review->missingPrices(), 1);
        QVERIFY(!dialog->pushButton()->isEnabled());
        typeIn(QStringLiteral("12.50"));
        QCOMPARE(review->missingPrices(), 0);
        QVERIFY(dialog->pushButton()->isEnabled());
        QCOMPARE(cell.data().toString(), QStringLiteral("12.50"));
        const QList<il::PushAction> pushable = dialog->pushable();
        QCOMPARE(pushable.size(), 1);
        QCOMPARE(s.sandbox().connectwise().requestCount("POST", QStringLiteral("connectwise finance/agreements/{id}/additions")),
                 postsBefore);

        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(waitForPush(s));
        const il::Addition& created = s.sandbox().data().cw.additions.last();
        QCOMPARE(created.productIdentifier.toCaseFolded(), product.toCaseFolded());
        QCOMPARE(created.unitPrice.toString(), QStringLiteral("12.5")); // the user's price, never 0
        QCOMPARE(created.unitCost, invoiceLine.unitPrice);                // the invoice's cost
        QCOMPARE(il::toString(LineAction(grid->model()->index(int(line), ActionColumn).data(ActionRole).toInt())),
                 il::toString(LineAction::Created));
    }
};

INVOICELINK_UI_TEST(MainWindowPushTest)
INVOICELINK_UI_TEST(MainWindowRiskyCreatesTest)
#include "test_main_window_push.moc"
