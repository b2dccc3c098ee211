// The transfer log window after pushes to the sandbox: rows, outcome filter, details, notes that
// travel into the CSV and XLSX exports, and the log check that names the first bad row.
#include "test_dialogs_fixture.h"

#include "UiTestRegistry.h"

#include "grid/OutcomeFilterProxy.h"
#include "log/TransferLogWindow.h"
#include "log/TransferTableModel.h"

#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTableView>
#include <QTest>

using il::TransferOutcome;
using il::ui::TransferTableModel;

class DialogsTransferLogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsThePushesFiltersExportsAndVerifies() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        il::ui::TransferLogWindow window(app.ctx());
        QAbstractItemModelTester modelTester(window.model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.month(), app.demoMonthKey());
        QCOMPARE(window.model()->rowCount(), 0);

        const QSet<il::PushKind> all{il::PushKind::Quantity, il::PushKind::Price, il::PushKind::Create};
        il::runSync(run.push(run.plan(all)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::vector<il::Transfer> logged = run.transfers(app.demoMonthKey());
        QVERIFY(logged.size() > 10);
        QCOMPARE(window.model()->rowCount(), int(logged.size()));

        QMap<TransferOutcome, int> byOutcome;
        for (const il::Transfer& t : logged)
            ++byOutcome[t.outcome];
        QVERIFY(byOutcome.value(TransferOutcome::Pushed) > 0);
        for (TransferOutcome o : {TransferOutcome::Pushed, TransferOutcome::AlreadyInEffect,
                                  TransferOutcome::RefusedChanged, TransferOutcome::Failed}) {
            window.setOutcomeFilter(o);
            QCOMPARE(window.proxy()->rowCount(), byOutcome.value(o));
            for (int row = 0; row < window.proxy()->rowCount(); ++row)
                QCOMPARE(window.proxy()->index(row, 0).data(TransferTableModel::OutcomeRole).toString(),
                         il::toString(o));
        }
        window.setOutcomeFilter(std::nullopt);
        QCOMPARE(window.proxy()->rowCount(), int(logged.size()));

        // Sorting by a money column is numeric, not by text.
        window.view()->sortByColumn(TransferTableModel::New, Qt::AscendingOrder);
        for (int row = 1; row < window.proxy()->rowCount(); ++row)
            QVERIFY(window.proxy()
                        ->index(row - 1, TransferTableModel::New)
                        .data(TransferTableModel::SortRole)
                        .toLongLong() <= window.proxy()
                                             ->index(row, TransferTableModel::New)
                                             .data(TransferTableModel::SortRole)
                                             .toLongLong());

        // Details of the selected row, ConnectWise's message and request id included.
        window.setOutcomeFilter(TransferOutcome::Pushed);
        window.view()->selectRow(0);
        const qint64 id = window.proxy()->index(0, 0).data(TransferTableModel::TransferIdRole).toLongLong();
        const il::Transfer* selected = nullptr;
        for (const il::Transfer& t : logged)
            if (t.id == id)
                selected = &t;
        QVERIFY(selected);
        QVERIFY(window.detailsText().contains(QStringLiteral("Request id")));
        QVERIFY(window.detailsText().contains(selected->lineId));
        if (!selected->requestId.isEmpty())
            QVERIFY(window.detailsText().contains(selected->requestId));
        QVERIFY(window.detailsText().contains(selected->message));
        // Which record of which system was written.
        QVERIFY2(window.detailsText().contains(
                     QStringLiteral("ConnectWise · agreement addition %1").arg(selected->additionId)),
                 qPrintable(window.detailsText()));

        // A note on the selected row's line is the run's note and travels into the exports.
        window.saveNote(QStringLiteral("credited in May"));
        QCOMPARE(run.note(selected->lineId), QStringLiteral("credited in May"));
        QCOMPARE(window.proxy()->index(0, TransferTableModel::Note).data().toString(),
                 QStringLiteral("credited in May"));
        saveShot(window, QStringLiteral("dialog-transfer-log"));

        const QString csv = app.tempPath(QStringLiteral("log.csv"));
        QCOMPARE(window.exportTo(csv), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        QVERIFY(text.contains(QStringLiteral("credited in May")));
        QVERIFY(text.contains(QStringLiteral("outcome")));
        QVERIFY(!text.contains(QStringLiteral("already_in_effect"))); // only the shown (pushed) rows
        QCOMPARE(text.count(QStringLiteral(",pushed,")) + text.count(QStringLiteral(",pushed\n")) +
                     text.count(QStringLiteral(",pushed\r\n")),
                 byOutcome.value(TransferOutcome::Pushed));

        window.setOutcomeFilter(std::nullopt);
        const QString xlsx = app.tempPath(QStringLiteral("log.xlsx"));
        QCOMPARE(window.exportTo(xlsx), QString());
        QFile xlsxFile(xlsx);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        QVERIFY(xlsxFile.read(2) == "PK"); // a zip container
        QVERIFY(window.exportTo(app.tempPath(QStringLiteral("log.txt"))).contains(QStringLiteral("xlsx")));

        QVERIFY2(window.verifyLog().contains(QStringLiteral("intact")), qPrintable(window.statusText()));
        app.ctx().database()->exec(QStringLiteral("UPDATE transfers SET new_value = '25' WHERE id = 2"));
        const QString verdict = window.verifyLog();
        QVERIFY2(verdict.contains(QStringLiteral("NOT intact")) && verdict.contains(QStringLiteral("row 2")),
                 qPrintable(verdict));
    }

    // The window checks what `log verify` checks: the tip the push anchored outside the database
    // catches rows cut from the end together with the database's own record of its end.
    void verifyCatchesCutRowsThroughThePushesAnchor() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        il::runSync(run.push(run.plan({il::PushKind::Quantity})));
        const qint64 last = run.result().logTip.id;
        QVERIFY(last > 2);
        QVERIFY(run.result().logTipProblem.isEmpty());
        il::ui::TransferLogWindow window(app.ctx());
        window.reload();
        const QString intact = window.verifyLog();
        QVERIFY2(intact.contains(QStringLiteral("intact")) &&
                     intact.contains(QStringLiteral("Row %1 matches this machine's anchor").arg(last)),
                 qPrintable(intact));

        il::Database& db = *app.ctx().database();
        db.exec(QStringLiteral("DELETE FROM transfers WHERE id > ?"), {last - 2});
        db.exec(QStringLiteral("UPDATE transfer_log_tip SET row_count = ?, last_id = ?, tip_hash = "
                               "(SELECT hash FROM transfers WHERE id = ?) WHERE id = 1"),
                {last - 2, last - 2, last - 2});
        const QString cut = window.verifyLog();
        QVERIFY2(cut.contains(QStringLiteral("NOT intact")) &&
                     cut.contains(QStringLiteral("row %1 is missing: this machine's anchor").arg(last)),
                 qPrintable(cut));
    }

    void allMonthsAndNotesOfAnotherMonth() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        il::runSync(run.push(run.plan({il::PushKind::Quantity})));
        il::ui::TransferLogWindow window(app.ctx());
        window.reload();
        const int thisMonth = window.model()->rowCount();
        QVERIFY(thisMonth > 0);
        window.setMonth(QStringLiteral("2001-01"));
        QCOMPARE(window.model()->rowCount(), 0);
        window.setAllMonths(true);
        QCOMPARE(window.model()->rowCount(), thisMonth);
    }

    void modelAndProxyPassTheTesterWithHandMadeRows() {
        TransferTableModel model;
        il::ui::OutcomeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<il::Transfer> rows(3);
        rows[0].id = 1;
        rows[0].month = QStringLiteral("2026-10");
        rows[0].lineId = QStringLiteral("a");
        rows[0].oldValue = il::Decimal::fromString(u"10");
        rows[0].newValue = il::Decimal::fromString(u"12");
        rows[1] = rows[0];
        rows[1].id = 2;
        rows[1].field = il::TransferField::UnitCost;
        rows[1].oldValue = il::Decimal::fromString(u"9.5");
        rows[1].newValue = il::Decimal::fromString(u"9.123456");
        rows[1].outcome = TransferOutcome::Failed;
        rows[2] = rows[0];
        rows[2].id = 3;
        rows[2].field = il::TransferField::Create;
        rows[2].oldValue.reset();
        rows[2].outcome = TransferOutcome::RefusedChanged;
        model.setTransfers(rows,
                           {{TransferTableModel::noteKey(QStringLiteral("2026-10"), QStringLiteral("a")),
                             QStringLiteral("n")}});
        QCOMPARE(model.index(1, TransferTableModel::Old).data().toString(), QStringLiteral("9.50"));
        QCOMPARE(model.index(1, TransferTableModel::New).data().toString(), QStringLiteral("9.123456"));
        QCOMPARE(model.index(0, TransferTableModel::New).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(2, TransferTableModel::Old).data().toString(), QString());
        QCOMPARE(model.index(2, TransferTableModel::Note).data().toString(), QStringLiteral("n"));
        proxy.setOutcome(TransferOutcome::Failed);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TransferTableModel::TransferIdRole).toLongLong(), 2);
        model.setNote(QStringLiteral("2026-10"), QStringLiteral("a"), QStringLiteral("changed"));
        QCOMPARE(proxy.index(0, TransferTableModel::Note).data().toString(), QStringLiteral("changed"));
        proxy.setOutcome(std::nullopt);
        proxy.sort(TransferTableModel::Old, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TransferTableModel::TransferIdRole).toLongLong(), 1);
        QCOMPARE(proxy.index(2, 0).data(TransferTableModel::TransferIdRole).toLongLong(), 3);
        model.setTransfers({});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

INVOICELINK_UI_TEST(DialogsTransferLogTest)
#include "test_dialogs_transferlog.moc"
