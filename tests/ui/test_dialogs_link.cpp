// Linking a line with the grid's pickers against the sandbox: the picker lists ConnectWise's
// companies, agreements and catalog, and a commit links the line through MonthRun, confirmed.
#include "test_dialogs_fixture.h"

#include "UiTestRegistry.h"

#include "grid/GridRoles.h"
#include "grid/LinkDelegate.h"
#include "create/SearchPicker.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using il::ui::LinkDelegate;
using il::ui::SearchPicker;

namespace {

// A stand-in for the grid: one row per line, the line index in LineIndexRole.
void fillGrid(QStandardItemModel& model, const il::MonthResult& result) {
    model.setRowCount(int(result.records.size()));
    model.setColumnCount(il::ui::GridColumnCount);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.setData(model.index(row, column), qlonglong(row), il::ui::LineIndexRole);
}

} // namespace

class DialogsLinkTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void linksAnUnlinkedCustomerWithTheCompanyPicker() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i)
            if (run.result().records[i].linked.companyId == 0)
                line = i;
        QVERIFY2(line >= 0, "the demo plants a customer without a company");
        const QString customer = run.result().records[line].linked.line.customerKey;

        QStandardItemModel grid;
        fillGrid(grid, run.result());
        QTableView view;
        view.setModel(&grid);
        LinkDelegate delegate(app.ctx(), LinkDelegate::Part::Company);
        view.setItemDelegateForColumn(il::ui::CompanyColumn, &delegate);
        const QModelIndex index = grid.index(int(line), il::ui::CompanyColumn);
        QWidget* editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index);
        auto* picker = qobject_cast<SearchPicker*>(editor);
        QVERIFY(picker && picker->isLoaded());
        QAbstractItemModelTester tester(picker->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        delegate.setEditorData(editor, index);
        QVERIFY(!picker->currentValue().isValid()); // nothing linked yet

        // The one to pick: a live company, found by typing part of its name.
        const il::Company* company = nullptr;
        for (const il::Company& c : run.companies())
            if (!c.deleted && c.name.size() > 6)
                company = &c;
        QVERIFY(company);
        picker->completer()->setCompletionPrefix(company->name.mid(2, 4).toUpper());
        QVERIFY(picker->completer()->completionCount() >= 1);
        picker->selectValue(company->id);
        QCOMPARE(picker->currentValue().toInt(), company->id);

        QSignalSpy changed(&run, &il::MonthRun::linesChanged);
        QSignalSpy finished(&delegate, &LinkDelegate::linkFinished);
        delegate.setModelData(editor, &grid, index);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished[0][0].value<qsizetype>(), line);
        QCOMPARE(finished[0][1].toString(), QString());
        QVERIFY(changed.count() >= 1);
        const il::LinkedLine& linked = run.result().records[line].linked;
        QCOMPARE(linked.companyId, company->id);
        QCOMPARE(il::toString(linked.companyOrigin), il::toString(il::LinkOrigin::Confirmed));
        // Every line of that customer follows.
        for (const il::LineRecord& r : run.result().records)
            if (r.line().customerKey == customer)
                QCOMPARE(r.linked.companyId, company->id);
        delete editor;
    }

    void changesTheAgreementWithTheAgreementPicker() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        // A linked line whose company has another agreement to choose.
        qsizetype line = -1;
        int other = 0;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i) {
            const il::LinkedLine& l = run.result().records[i].linked;
            if (!l.isLinked())
                continue;
            for (const il::Agreement* a : run.directory().agreementsOf(l.companyId))
                if (a->id != l.agreementId) {
                    line = i;
                    other = a->id;
                    break;
                }
        }
        QVERIFY2(line >= 0, "the demo has a company with two agreements");

        QStandardItemModel grid;
        fillGrid(grid, run.result());
        QTableView view;
        view.setModel(&grid);
        LinkDelegate delegate(app.ctx(), LinkDelegate::Part::Agreement);
        const QModelIndex index = grid.index(int(line), il::ui::AgreementColumn);
        QWidget* editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index);
        auto* picker = qobject_cast<SearchPicker*>(editor);
        QVERIFY(picker);
        delegate.setEditorData(editor, index);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 10000);
        QCOMPARE(picker->currentValue().toInt(), run.result().records[line].linked.agreementId);
        picker->selectValue(other);

        QSignalSpy finished(&delegate, &LinkDelegate::linkFinished);
        delegate.setModelData(editor, &grid, index);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished[0][1].toString(), QString());
        QCOMPARE(run.result().records[line].linked.agreementId, other);
        QCOMPARE(il::toString(run.result().records[line].linked.agreementOrigin),
                 il::toString(il::LinkOrigin::Confirmed));
        delete editor;
    }

    void thePickerListsTheCatalogAndLinksTheProduct() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i)
            if (run.result().records[i].linked.isLinked())
                line = i;
        QVERIFY(line >= 0);
        const QString current = run.result().records[line].linked.productIdentifier;

        QStandardItemModel grid;
        fillGrid(grid, run.result());
        QTableView view;
        view.setModel(&grid);
        LinkDelegate delegate(app.ctx(), LinkDelegate::Part::Product);
        const QModelIndex index = grid.index(int(line), il::ui::ProductColumn);
        QWidget* editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index);
        auto* picker = qobject_cast<SearchPicker*>(editor);
        QVERIFY(picker);
        delegate.setEditorData(editor, index);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 10000);
        QCOMPARE(picker->count(), int(app.sandbox().data().cw.catalog.size()));
        QCOMPARE(picker->currentValue().toString().toCaseFolded(), current.toCaseFolded());

        QString another;
        for (const il::CatalogItem& c : app.sandbox().data().cw.catalog)
            if (c.identifier.compare(current, Qt::CaseInsensitive) != 0 && !c.inactive)
                another = c.identifier;
        picker->selectValue(another);
        QSignalSpy finished(&delegate, &LinkDelegate::linkFinished);
        delegate.setModelData(editor, &grid, index);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished[0][1].toString(), QString());
        QCOMPARE(run.result().records[line].linked.productIdentifier.toCaseFolded(), another.toCaseFolded());
        delete editor;
    }

    void thePickerOpensInPlaceAndSearchesAnywhereInTheName() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        QStandardItemModel grid;
        fillGrid(grid, run.result());
        for (int row = 0; row < grid.rowCount(); ++row) {
            const il::LinkedLine& l = run.result().records[row].linked;
            grid.setData(grid.index(row, il::ui::CustomerColumn), l.line.customerName);
            const il::Company* c = run.directory().company(l.companyId);
            grid.setData(grid.index(row, il::ui::CompanyColumn), c ? c->name : QString());
        }
        QTableView view;
        view.setModel(&grid);
        view.setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        LinkDelegate delegate(app.ctx(), LinkDelegate::Part::Company);
        view.setItemDelegateForColumn(il::ui::CompanyColumn, &delegate);
        view.resize(900, 400);
        view.setColumnWidth(il::ui::CustomerColumn, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex index = grid.index(2, il::ui::CompanyColumn);
        view.setCurrentIndex(index);
        view.edit(index);
        auto* picker = view.findChild<SearchPicker*>();
        QVERIFY(picker && picker->isVisible());
        QVERIFY(picker->width() >= view.columnWidth(il::ui::CompanyColumn));
        // Typing a part from the middle of a name finds it.
        const QString name = run.companies().first().name;
        QTest::keyClicks(picker->lineEdit(), name.mid(3, 5).toLower());
        QTRY_VERIFY(picker->completer()->popup()->isVisible());
        QVERIFY(picker->completer()->completionCount() >= 1);
        bool found = false;
        for (int i = 0; i < picker->completer()->completionCount(); ++i) {
            picker->completer()->setCurrentRow(i);
            found |= picker->completer()->currentCompletion().startsWith(name);
        }
        QVERIFY(found);
        saveShot(view, QStringLiteral("dialog-link-picker"));
        saveShot(*picker->completer()->popup(), QStringLiteral("dialog-link-picker-popup"));
    }

    void unchangedChoiceSendsNothing() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i)
            if (run.result().records[i].linked.companyId)
                line = i;
        QStandardItemModel grid;
        fillGrid(grid, run.result());
        QTableView view;
        view.setModel(&grid);
        LinkDelegate delegate(app.ctx(), LinkDelegate::Part::Company);
        const QModelIndex index = grid.index(int(line), il::ui::CompanyColumn);
        QWidget* editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index);
        delegate.setEditorData(editor, index);
        QSignalSpy started(&delegate, &LinkDelegate::linkStarted);
        delegate.setModelData(editor, &grid, index);
        QCOMPARE(started.count(), 0);
        QCOMPARE(il::toString(run.result().records[line].linked.companyOrigin), il::toString(il::LinkOrigin::Auto));
        delete editor;
    }
};

INVOICELINK_UI_TEST(DialogsLinkTest)
#include "test_dialogs_link.moc"
