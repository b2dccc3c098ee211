// Issue 10 point 11 in the grid's pickers: an agreement picked for a line whose product is not
// linked (its item code has no catalog item) stays on the line, and the product picker then
// offers that agreement's products first.
#include "test_dialogs_fixture.h"

#include "UiTestRegistry.h"

#include "create/SearchPicker.h"
#include "grid/GridRoles.h"
#include "grid/LinkDelegate.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using il::ui::LinkDelegate;
using il::ui::SearchPicker;

class DialogsPartialLinkTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anAgreementPickedWithoutAProductIsKeptAndItsProductsAreOfferedFirst() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        // A line with a company but no product, and an agreement of that company holding additions.
        qsizetype line = -1;
        int agreement = 0;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i) {
            const il::LinkedLine& l = run.result().records[i].linked;
            if (!l.companyId || !l.productIdentifier.isEmpty() || l.line.itemCode.isEmpty())
                continue;
            for (const il::Agreement* a : run.directory().agreementsOf(l.companyId))
                if (!run.directory().additionsOf(a->id).isEmpty()) {
                    line = i;
                    agreement = a->id;
                    break;
                }
        }
        QVERIFY2(line >= 0, "the demo plants an item code without a catalog item");
        QCOMPARE(run.result().records[line].linked.agreementId, 0);

        QStandardItemModel grid(int(run.result().records.size()), il::ui::GridColumnCount);
        for (int row = 0; row < grid.rowCount(); ++row)
            for (int column = 0; column < grid.columnCount(); ++column)
                grid.setData(grid.index(row, column), qlonglong(row), il::ui::LineIndexRole);
        QTableView view;
        view.setModel(&grid);

        LinkDelegate agreements(app.ctx(), LinkDelegate::Part::Agreement);
        const QModelIndex agreementCell = grid.index(int(line), il::ui::AgreementColumn);
        QWidget* editor = agreements.createEditor(view.viewport(), QStyleOptionViewItem(), agreementCell);
        auto* picker = qobject_cast<SearchPicker*>(editor);
        QVERIFY(picker);
        agreements.setEditorData(editor, agreementCell);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 10000);
        picker->selectValue(agreement);
        QSignalSpy finished(&agreements, &LinkDelegate::linkFinished);
        agreements.setModelData(editor, &grid, agreementCell);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished[0][1].toString(), QString());
        delete editor;
        // The choice is kept on the line, though its product is still missing.
        QCOMPARE(run.result().records[line].linked.agreementId, agreement);
        QVERIFY(run.result().records[line].linked.productIdentifier.isEmpty());

        // The product picker now lists the agreement's products first, marked as such.
        QSet<QString> onAgreement;
        for (const il::Addition* a : run.directory().additionsOf(agreement))
            onAgreement.insert(a->productIdentifier.toCaseFolded());
        LinkDelegate products(app.ctx(), LinkDelegate::Part::Product);
        const QModelIndex productCell = grid.index(int(line), il::ui::ProductColumn);
        editor = products.createEditor(view.viewport(), QStyleOptionViewItem(), productCell);
        picker = qobject_cast<SearchPicker*>(editor);
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 10000);
        QVERIFY(picker->count() > onAgreement.size());
        QVERIFY2(picker->itemText(0).endsWith(QStringLiteral("(on the chosen agreement)")),
                 qPrintable(picker->itemText(0)));
        QVERIFY(onAgreement.contains(picker->itemData(0).toString().toCaseFolded()));
        // And picking one completes the link on the chosen agreement.
        picker->setCurrentIndex(0);
        QSignalSpy done(&products, &LinkDelegate::linkFinished);
        products.setModelData(editor, &grid, productCell);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(done[0][1].toString(), QString());
        QCOMPARE(run.result().records[line].linked.agreementId, agreement);
        QVERIFY(run.result().records[line].linked.isLinked());
        delete editor;
    }
};

INVOICELINK_UI_TEST(DialogsPartialLinkTest)
#include "test_dialogs_partial_link.moc"
