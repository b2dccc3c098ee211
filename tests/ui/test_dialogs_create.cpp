// Create agreement… and Create product… against the sandbox: the lookups fill the dialogs, Create
// makes the record in ConnectWise and the line links to it.
#include "test_dialogs_fixture.h"

#include "UiTestRegistry.h"

#include "create/CreateAgreementDialog.h"
#include "create/CreateProductDialog.h"

#include "reconcile/CatalogDraft.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

// A line whose item code has no catalog item yet; -1 when the demo has none.
qsizetype lineWithoutCatalogItem(const il::MonthRun& run) {
    for (qsizetype i = 0; i < run.result().records.size(); ++i) {
        const il::LinkedLine& l = run.result().records[i].linked;
        if (l.companyId && l.productIdentifier.isEmpty() && !l.line.itemCode.isEmpty())
            return i;
    }
    return -1;
}

QPushButton* okButton(QDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class DialogsCreateTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAProductAndLinksTheLine() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        const qsizetype line = lineWithoutCatalogItem(run);
        QVERIFY2(line >= 0, "the demo plants an item without a catalog item");
        const il::InvoiceLine invoiceLine = run.result().records[line].linked.line;

        il::ui::CreateProductDialog dialog(app.ctx(), line);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 10000);
        auto* identifier = dialog.findChild<QLineEdit*>(QStringLiteral("identifier"));
        auto* description = dialog.findChild<QLineEdit*>(QStringLiteral("description"));
        auto* cost = dialog.findChild<QLineEdit*>(QStringLiteral("cost"));
        auto* price = dialog.findChild<QLineEdit*>(QStringLiteral("price"));
        QCOMPARE(identifier->text(), invoiceLine.itemCode.trimmed());
        QCOMPARE(description->text(), il::CatalogDraft::sharedDescription(invoiceLine).left(60));
        QCOMPARE(cost->text(), invoiceLine.unitPrice.toString()); // purchase: the invoice is our cost
        QCOMPARE(price->text(), QString());
        auto* subcategory = dialog.findChild<QComboBox*>(QStringLiteral("subcategory"));
        auto* type = dialog.findChild<QComboBox*>(QStringLiteral("type"));
        QVERIFY(subcategory->count() > 0);
        QVERIFY(type->count() > 0);
        subcategory->setCurrentIndex(0);
        type->setCurrentIndex(0);

        price->setText(QStringLiteral("12,50"));
        QVERIFY(!dialog.problems().isEmpty());
        price->setText(QStringLiteral("99.95"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        saveShot(dialog, QStringLiteral("dialog-create-product"));

        dialog.create();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || !dialog.errorText().isEmpty(),
                                 10000);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.created().has_value());
        const il::CatalogItem* inCw = nullptr;
        for (const il::CatalogItem& c : app.sandbox().data().cw.catalog)
            if (c.id == dialog.created()->id)
                inCw = &c;
        QVERIFY(inCw);
        QCOMPARE(inCw->identifier, invoiceLine.itemCode.trimmed());
        QCOMPARE(inCw->price.toString(), QStringLiteral("99.95"));
        QCOMPARE(inCw->cost, invoiceLine.unitPrice);
        QCOMPARE(inCw->subcategoryId, subcategory->currentData().toInt());
        QCOMPARE(inCw->typeId, type->currentData().toInt());
        QCOMPARE(run.result().records[line].linked.productIdentifier.toCaseFolded(), inCw->identifier.toCaseFolded());
    }

    void createsAnAgreementAndLinksTheLine() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i)
            if (run.result().records[i].linked.isLinked())
                line = i;
        QVERIFY(line >= 0);
        const il::LinkedLine before = run.result().records[line].linked;
        const il::Company* company = run.directory().company(before.companyId);
        QVERIFY(company);

        il::ui::CreateAgreementDialog dialog(app.ctx(), line);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 10000);
        auto* type = dialog.findChild<QComboBox*>(QStringLiteral("type"));
        auto* contact = dialog.findChild<QComboBox*>(QStringLiteral("contact"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(type->count() > 0);
        type->setCurrentIndex(0); // the user picks the type (none is pre-selected)
        QVERIFY2(contact->count() > 0, "the demo company has contacts");
        QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("startDate"))->date(),
                 app.sandbox().data().demoMonth);
        QCOMPARE(name->text(), QStringLiteral("%1 - %2").arg(type->currentText(), company->name));
        saveShot(dialog, QStringLiteral("dialog-create-agreement"));

        const qsizetype agreementsBefore = app.sandbox().data().cw.agreements.size();
        dialog.create();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || !dialog.errorText().isEmpty(),
                                 10000);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.created().has_value());
        QCOMPARE(app.sandbox().data().cw.agreements.size(), agreementsBefore + 1);
        const il::Agreement& inCw = app.sandbox().data().cw.agreements.last();
        QCOMPARE(inCw.id, dialog.created()->id);
        QCOMPARE(inCw.name, name->text());
        QCOMPARE(inCw.companyId, company->id);
        const il::LinkedLine& after = run.result().records[line].linked;
        QCOMPARE(after.agreementId, inCw.id);
        QCOMPARE(il::toString(after.agreementOrigin), il::toString(il::LinkOrigin::Confirmed));
        QCOMPARE(after.productIdentifier, before.productIdentifier);
    }
};

// issue 7 §5: nothing in ConnectWise's shared catalog is guessed or customer-specific.
class DialogsCreateRulesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void productNeedsPriceCostSubcategoryAndTypeAndLeavesTheCustomerOut() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        const qsizetype line = lineWithoutCatalogItem(run);
        QVERIFY(line >= 0);
        const il::InvoiceLine invoiceLine = run.result().records[line].linked.line;
        QVERIFY2(invoiceLine.description.contains(invoiceLine.customerName),
                 "the demo's descriptions name the customer ([name] item)");

        il::ui::CreateProductDialog dialog(app.ctx(), line);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 10000);
        auto* description = dialog.findChild<QLineEdit*>(QStringLiteral("description"));
        auto* customerDescription = dialog.findChild<QLineEdit*>(QStringLiteral("customerDescription"));
        auto* cost = dialog.findChild<QLineEdit*>(QStringLiteral("cost"));
        auto* price = dialog.findChild<QLineEdit*>(QStringLiteral("price"));
        auto* subcategory = dialog.findChild<QComboBox*>(QStringLiteral("subcategory"));
        auto* type = dialog.findChild<QComboBox*>(QStringLiteral("type"));
        // The catalog is shared by every customer: this one's name is in neither description.
        QVERIFY(!description->text().isEmpty());
        QVERIFY2(!description->text().contains(invoiceLine.customerName, Qt::CaseInsensitive),
                 qPrintable(description->text()));
        QVERIFY2(!customerDescription->text().contains(invoiceLine.customerName, Qt::CaseInsensitive),
                 qPrintable(customerDescription->text()));
        QVERIFY(invoiceLine.description.endsWith(description->text()));

        // Nothing chosen for the user; an empty price is not 0.
        QVERIFY(subcategory->count() > 1 && type->count() > 0);
        QCOMPARE(subcategory->currentIndex(), -1);
        QCOMPARE(type->currentIndex(), -1);
        QCOMPARE(subcategory->placeholderText(), QStringLiteral("Choose…"));
        QCOMPARE(price->text(), QString());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problems().contains(QStringLiteral("Type the price (0 if there is none).")));

        auto expectOk = [&](bool enabled, const char* step) {
            QVERIFY2(okButton(dialog)->isEnabled() == enabled, step);
            QVERIFY2(dialog.problems().isEmpty() == enabled, qPrintable(dialog.problems().join(u' ')));
        };
        price->setText(QStringLiteral("14.95"));
        expectOk(false, "subcategory and type still to choose");
        subcategory->setCurrentIndex(1);
        expectOk(false, "type still to choose");
        type->setCurrentIndex(0);
        expectOk(true, "all given");
        cost->clear();
        expectOk(false, "an empty cost is not 0");
        QVERIFY(dialog.problems().contains(QStringLiteral("Type the cost (0 if there is none).")));
        cost->setText(QStringLiteral("0")); // typed on purpose
        expectOk(true, "an explicit 0 is a cost");
        price->setText(QStringLiteral("-1"));
        expectOk(false, "no negative price");
        price->setText(QStringLiteral("14.95"));

        // Create does what the fields say (and nothing it guessed).
        const qsizetype before = app.sandbox().data().cw.catalog.size();
        dialog.create();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || !dialog.errorText().isEmpty(), 10000);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(app.sandbox().data().cw.catalog.size(), before + 1);
        const il::CatalogItem& inCw = app.sandbox().data().cw.catalog.last();
        QCOMPARE(inCw.cost.toString(), QStringLiteral("0"));
        QCOMPARE(inCw.price.toString(), QStringLiteral("14.95"));
        QCOMPARE(inCw.subcategoryId, subcategory->itemData(1).toInt());
        QVERIFY(!inCw.description.contains(invoiceLine.customerName, Qt::CaseInsensitive));
    }

    void agreementTypeIsNotPreselected() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().records.size() && line < 0; ++i)
            if (run.result().records[i].linked.isLinked())
                line = i;
        QVERIFY(line >= 0);
        il::ui::CreateAgreementDialog dialog(app.ctx(), line);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 10000);
        auto* type = dialog.findChild<QComboBox*>(QStringLiteral("type"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(type->count() > 0);
        QCOMPARE(type->currentIndex(), -1);
        QCOMPARE(type->placeholderText(), QStringLiteral("Choose…"));
        QCOMPARE(name->text(), QString()); // no name made from a type nobody chose
        QVERIFY(!okButton(dialog)->isEnabled());
        const qsizetype before = app.sandbox().data().cw.agreements.size();
        dialog.create(); // the button is off: nothing is sent
        QTest::qWait(50);
        QCOMPARE(app.sandbox().data().cw.agreements.size(), before);
        type->setCurrentIndex(type->count() - 1);
        QVERIFY(name->text().startsWith(type->currentText()));
        QVERIFY(okButton(dialog)->isEnabled());
    }
};

INVOICELINK_UI_TEST(DialogsCreateTest)
INVOICELINK_UI_TEST(DialogsCreateRulesTest)
#include "test_dialogs_create.moc"
