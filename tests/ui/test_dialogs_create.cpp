// Create agreement… and Create product… against the sandbox: the lookups fill the dialogs, Create
// makes the record in ConnectWise and the line links to it.
#include "test_dialogs_fixture.h"

#include "UiTestRegistry.h"

#include "CreateAgreementDialog.h"
#include "CreateProductDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

class DialogsCreateTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAProductAndLinksTheLine() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        // A line whose item code has no catalog item yet.
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().lines.size() && line < 0; ++i) {
            const il::LinkedLine& l = run.result().lines[i];
            if (l.companyId && l.productIdentifier.isEmpty() && !l.line.itemCode.isEmpty())
                line = i;
        }
        QVERIFY2(line >= 0, "the demo plants an item without a catalog item");
        const il::InvoiceLine invoiceLine = run.result().lines[line].line;

        il::ui::CreateProductDialog dialog(app.ctx(), line);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 10000);
        auto* identifier = dialog.findChild<QLineEdit*>(QStringLiteral("identifier"));
        auto* description = dialog.findChild<QLineEdit*>(QStringLiteral("description"));
        auto* cost = dialog.findChild<QLineEdit*>(QStringLiteral("cost"));
        auto* price = dialog.findChild<QLineEdit*>(QStringLiteral("price"));
        QCOMPARE(identifier->text(), invoiceLine.itemCode.trimmed());
        QCOMPARE(description->text(), invoiceLine.description.left(60));
        QCOMPARE(cost->text(), invoiceLine.unitPrice.toString()); // purchase: the invoice is our cost
        QCOMPARE(price->text(), QString());
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("subcategory"))->count() > 0);
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("type"))->count() > 0);

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
        QCOMPARE(run.result().lines[line].productIdentifier.toCaseFolded(), inCw->identifier.toCaseFolded());
    }

    void createsAnAgreementAndLinksTheLine() {
        DialogsSandboxApp app;
        QVERIFY2(app.ok(), app.error());
        il::MonthRun& run = app.loadDemoMonth();
        qsizetype line = -1;
        for (qsizetype i = 0; i < run.result().lines.size() && line < 0; ++i)
            if (run.result().lines[i].isLinked())
                line = i;
        QVERIFY(line >= 0);
        const il::LinkedLine before = run.result().lines[line];
        const il::Company* company = run.directory().company(before.companyId);
        QVERIFY(company);

        il::ui::CreateAgreementDialog dialog(app.ctx(), line);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 10000);
        auto* type = dialog.findChild<QComboBox*>(QStringLiteral("type"));
        auto* contact = dialog.findChild<QComboBox*>(QStringLiteral("contact"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(type->count() > 0);
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
        const il::LinkedLine& after = run.result().lines[line];
        QCOMPARE(after.agreementId, inCw.id);
        QCOMPARE(il::toString(after.agreementOrigin), il::toString(il::LinkOrigin::Confirmed));
        QCOMPARE(after.productIdentifier, before.productIdentifier);
    }
};

INVOICELINK_UI_TEST(DialogsCreateTest)
#include "test_dialogs_create.moc"
