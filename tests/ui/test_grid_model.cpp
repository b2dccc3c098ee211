// The grid's model, proxies and helpers on a hand-made month (no network): roles, words,
// deviating cells and their tooltips, numeric sorting, the tile filters and the search, the
// deviation amount, the push review totals, the month list — every model under
// QAbstractItemModelTester.
#include "../core/ReconcileFixtures.h"
#include "UiTestRegistry.h"

#include "grid/DeviationAmounts.h"
#include "grid/GridRoles.h"
#include "grid/LineTableModel.h"
#include "grid/LineText.h"
#include "window/MonthPicker.h"
#include "push/PushReviewModel.h"
#include "grid/SearchFilterProxy.h"
#include "grid/StatusFilterProxy.h"
#include "common/Translation.h"

#include "reconcile/Validator.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace il::ui;
using il::Decimal;
using il::LineStatus;

namespace {

Decimal d(const char16_t* text) {
    return Decimal::fromString(text);
}

struct Month {
    il::MonthResult result;
    il::CwDirectory directory;

    // customer, item, quantity, price, status, ConnectWise quantity and cost
    void add(const QString& customer, const QString& item, const char16_t* qty, const char16_t* price,
             LineStatus status, const char16_t* cwQty = u"0", const char16_t* cwPrice = u"0",
             int agreement = 501) {
        il::LinkedLine l;
        l.line.lineId = QStringLiteral("l%1").arg(result.records.size());
        l.line.customerKey = customer.left(3).toUpper();
        l.line.customerName = customer;
        l.line.itemCode = item;
        l.line.description = customer + QStringLiteral(" — ") + item + QStringLiteral(" monthly");
        l.line.quantity = d(qty);
        l.line.unitPrice = d(price);
        l.line.amount = l.line.quantity * l.line.unitPrice;
        il::Finding f;
        f.status = status;
        if (status != LineStatus::Unlinked) {
            l.companyId = 7;
            l.companyOrigin = il::LinkOrigin::Confirmed;
            l.agreementId = agreement;
            l.agreementOrigin = il::LinkOrigin::Auto;
            l.productIdentifier = item;
        } else {
            l.unlinkedReason = QStringLiteral("no ConnectWise company for %1").arg(customer);
        }
        f.invoiceQuantity = l.line.quantity;
        if (status != LineStatus::Unlinked && status != LineStatus::NoAddition) {
            f.additionIds = {900 + int(result.records.size())};
            f.cwQuantity = d(cwQty);
            f.cwUnitCost = d(cwPrice);
            f.cwComparedPrice = f.cwUnitCost;
        }
        f.reason = QStringLiteral("reason %1").arg(result.records.size());
        result.records.append({l, f, il::LineAction::None, {}, {}});
        fixtures::markGroups(result);
    }

    Month() {
        result.month = QDate(2025, 3, 1);
        result.comparedPriceField = il::PriceField::UnitCost;
        directory.companies.append({7, QStringLiteral("ACME"), QStringLiteral("Acme B.V."), {}, false});
        il::Agreement a;
        a.id = 501;
        a.name = QStringLiteral("Cloud Services - Acme");
        a.companyId = 7;
        directory.agreements.append(a);
        directory.index();
        add(QStringLiteral("Acme B.V."), QStringLiteral("M365"), u"10", u"5.00", LineStatus::Ok, u"10",
            u"5.00");
        add(QStringLiteral("Acme B.V."), QStringLiteral("VPS-L"), u"3", u"49.50",
            LineStatus::QuantityMismatch, u"2", u"49.50");
        add(QStringLiteral("Acme B.V."), QStringLiteral("BACKUP"), u"4", u"19.90", LineStatus::PriceMismatch,
            u"4", u"17.90");
        add(QStringLiteral("Bakker Elektro"), QStringLiteral("DNS"), u"12", u"0.8325",
            LineStatus::NoAddition);
        add(QStringLiteral("Zeeland Eng."), QStringLiteral("EXO-P1"), u"1", u"3.744", LineStatus::Unlinked);
        add(QStringLiteral("Acme B.V."), QStringLiteral("M365"), u"2", u"5.00", LineStatus::Ok, u"10",
            u"5.00");
    }
};

} // namespace

class GridModelTest : public QObject {
    Q_OBJECT
private slots:
    void showsBothSidesWithRolesAndWords() {
        Month m;
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(m.result, m.directory, {});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(GridColumnCount));
        QCOMPARE(model.headerData(InvoicePriceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Unit cost"));
        QCOMPARE(model.index(1, CustomerColumn).data().toString(), QStringLiteral("Acme B.V."));
        QCOMPARE(model.index(1, InvoiceQuantityColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, CwQuantityColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1, CompanyColumn).data().toString(), QStringLiteral("Acme B.V."));
        QCOMPARE(model.index(1, AgreementColumn).data().toString(), QStringLiteral("Cloud Services - Acme"));
        QCOMPARE(model.index(1, StatusColumn).data().toString(), QStringLiteral("Quantity differs"));
        QCOMPARE(model.index(1, StatusColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("reason 1"));
        QCOMPARE(model.index(3, StatusColumn).data().toString(), QStringLiteral("Missing in ConnectWise"));
        QCOMPARE(model.index(4, StatusColumn).data().toString(), QStringLiteral("Not linked"));
        // Prices keep their decimals: 0.8325 is not rounded away.
        QCOMPARE(model.index(3, InvoicePriceColumn).data().toString(), QStringLiteral("0.8325"));
        QCOMPARE(model.index(2, InvoicePriceColumn).data().toString(), QStringLiteral("19.90"));
        QCOMPARE(model.index(5, CustomerColumn).data(LineIndexRole).toLongLong(), qlonglong(5));
        // Links show where they came from; an unlinked line says why.
        QCOMPARE(model.index(1, CompanyColumn).data(OriginRole).toInt(), int(il::LinkOrigin::Confirmed));
        QCOMPARE(model.index(1, AgreementColumn).data(OriginRole).toInt(), int(il::LinkOrigin::Auto));
        QVERIFY(!model.index(1, CompanyColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, AgreementColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("automatically")));
        QCOMPARE(model.index(4, CompanyColumn).data(OriginRole).toInt(), -1);
        QCOMPARE(model.index(4, CompanyColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("no ConnectWise company for Zeeland Eng."));
        QCOMPARE(model.index(1, CompanyColumn).data(LinkValueRole).toInt(), 7);
        QCOMPARE(model.index(1, ProductColumn).data(LinkValueRole).toString(), QStringLiteral("VPS-L"));
        QVERIFY(model.flags(model.index(1, CompanyColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, InvoiceQuantityColumn)) & Qt::ItemIsEditable));
    }

    void marksDeviatingCellsWithTheOtherSideInTheTooltip() {
        Month m;
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        QVERIFY(model.index(1, InvoiceQuantityColumn).data(DeviationRole).toBool());
        QVERIFY(model.index(1, CwQuantityColumn).data(DeviationRole).toBool());
        QVERIFY(!model.index(1, InvoicePriceColumn).data(DeviationRole).toBool());
        QCOMPARE(model.index(1, InvoiceQuantityColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("ConnectWise: 2"));
        QCOMPARE(model.index(1, CwQuantityColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Invoice: 3"));
        QVERIFY(model.index(2, InvoicePriceColumn).data(DeviationRole).toBool());
        QCOMPARE(model.index(2, InvoicePriceColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("ConnectWise: 17.90"));
        QCOMPARE(model.index(2, CwPriceColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Invoice: 19.90"));
        QVERIFY(!model.index(0, InvoiceQuantityColumn).data(DeviationRole).toBool());
        // (Row 0 is grouped with row 5: its tooltip shows the group, but no ConnectWise side.)
        QVERIFY(!model.index(0, InvoiceQuantityColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("ConnectWise")));
        // Difference: invoice amount − ConnectWise quantity × cost, per line here.
        QCOMPARE(model.index(1, DifferenceColumn).data().toString(), QStringLiteral("+49.50"));
        QCOMPARE(model.index(2, DifferenceColumn).data().toString(), QStringLiteral("+8.00"));
        QCOMPARE(model.index(3, DifferenceColumn).data().toString(), QStringLiteral("+9.99"));
        QCOMPARE(model.index(0, DifferenceColumn).data().toString(), QString());
    }

    void sortsNumbersAsNumbers() {
        Month m;
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        SearchFilterProxy sorter;
        sorter.setSourceModel(&model);
        QAbstractItemModelTester tester(&sorter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorter.sort(InvoiceQuantityColumn, Qt::AscendingOrder);
        // 1, 2, 3, 4, 10, 12: as numbers, not as text ("10" < "2").
        QStringList shown;
        for (int r = 0; r < sorter.rowCount(); ++r)
            shown << sorter.index(r, InvoiceQuantityColumn).data().toString();
        QCOMPARE(shown, (QStringList{"1", "2", "3", "4", "10", "12"}));
        sorter.sort(DifferenceColumn, Qt::DescendingOrder);
        QCOMPARE(sorter.index(0, DifferenceColumn).data().toString(), QStringLiteral("+49.50"));
    }

    void tilesFilterByStatusAndTheSearchByWords() {
        Month m;
        LineTableModel model;
        StatusFilterProxy status;
        SearchFilterProxy search;
        status.setSourceModel(&model);
        search.setSourceModel(&status);
        QAbstractItemModelTester statusTester(&status,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester searchTester(&search,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(m.result, m.directory, {});
        QCOMPARE(search.rowCount(), 6);
        status.setFilter(StatusFilterProxy::Filter::Ok);
        QCOMPARE(search.rowCount(), 2);
        status.setFilter(StatusFilterProxy::Filter::Deviations);
        QCOMPARE(search.rowCount(), 3);
        status.setFilter(StatusFilterProxy::Filter::Unlinked);
        QCOMPARE(search.rowCount(), 1);
        status.setFilter(StatusFilterProxy::Filter::MoneyDeviations);
        QCOMPARE(search.rowCount(), 3);
        status.setFilter(StatusFilterProxy::Filter::All);
        search.setSearchText(QStringLiteral("acme m365"));
        QCOMPARE(search.rowCount(), 2);
        search.setSearchText(QStringLiteral("  BAKKER "));
        QCOMPARE(search.rowCount(), 1);
        search.setSearchText(QStringLiteral("monthly vps"));
        QCOMPARE(search.rowCount(), 1);
        status.setFilter(StatusFilterProxy::Filter::Ok);
        QCOMPARE(search.rowCount(), 0);
        search.setSearchText(QString());
        QCOMPARE(search.rowCount(), 2);
    }

    void updatesInPlaceWhenTheSameMonthChanges() {
        Month m;
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(m.result, m.directory, {});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m.result.records[1].finding.status = LineStatus::Ok;
        m.result.records[1].action = il::LineAction::Updated;
        model.setMonth(m.result, m.directory, {});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, ActionColumn).data().toString(), QStringLiteral("Pushed"));
        m.result.records[1].outcome = il::TransferOutcome::AlreadyInEffect;
        model.updateLines(m.result, m.directory, {}, {1});
        QCOMPARE(model.index(1, ActionColumn).data().toString(), QStringLiteral("Already in ConnectWise"));
        // Another month resets.
        m.result.month = QDate(2025, 4, 1);
        model.setMonth(m.result, m.directory, {});
        QCOMPARE(reset.count(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // MonthRun::linesChanged names the records a link or push changed: the model redraws those
    // rows (and rows whose planned push changed with them), never the whole grid, and never
    // resets, so the user's selection, scroll position, sort and filters stay where they were.
    void updatesOnlyTheRowsWhoseLineChanged() {
        Month m;
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(m.result, m.directory, {});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto rowsOf = [&changed] {
            QList<QPair<int, int>> rows;
            for (const QList<QVariant>& args : std::as_const(changed)) {
                const QModelIndex from = args[0].toModelIndex(), to = args[1].toModelIndex();
                if (from.column() != 0 || to.column() != GridColumnCount - 1)
                    return QList<QPair<int, int>>{{-1, -1}}; // every column of a changed row
                rows.append({from.row(), to.row()});
            }
            return rows;
        };

        // The unlinked line is linked by hand: its row, and only its row, shows the link.
        il::LineRecord& zeeland = m.result.records[4];
        zeeland.linked.companyId = 7;
        zeeland.linked.companyOrigin = il::LinkOrigin::Confirmed;
        zeeland.linked.agreementId = 501;
        zeeland.linked.productIdentifier = QStringLiteral("EXO-P1");
        zeeland.finding.status = LineStatus::NoAddition;
        model.updateLines(m.result, m.directory, {}, {4});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(rowsOf(), (QList<QPair<int, int>>{{4, 4}}));
        QCOMPARE(model.index(4, CompanyColumn).data().toString(), QStringLiteral("Acme B.V."));
        QCOMPARE(model.index(4, StatusColumn).data().toString(), LineText::status(LineStatus::NoAddition));

        // Adjacent rows come in one signal, others in their own.
        changed.clear();
        m.result.records[1].action = il::LineAction::Updated;
        m.result.records[2].action = il::LineAction::Failed;
        m.result.records[5].actionDetail = QStringLiteral("refused");
        model.updateLines(m.result, m.directory, {}, {1, 2, 5});
        QCOMPARE(rowsOf(), (QList<QPair<int, int>>{{1, 2}, {5, 5}}));

        // A planned push that appears for an unchanged line redraws that line too.
        changed.clear();
        il::PushAction quantity;
        quantity.kind = il::PushKind::Quantity;
        quantity.agreementId = 501;
        quantity.additionId = 903;
        quantity.productIdentifier = QStringLiteral("DNS");
        quantity.changes = {{QStringLiteral("quantity"), d(u"2"), d(u"12")}};
        quantity.lineIndexes = {3};
        model.updateLines(m.result, m.directory, {quantity}, {});
        QCOMPARE(rowsOf(), (QList<QPair<int, int>>{{3, 3}}));
        QCOMPARE(model.index(3, ActionColumn).data(PushLabelRole).toString(), QStringLiteral("Push quantity"));
        // Nothing changed: nothing redrawn.
        changed.clear();
        model.updateLines(m.result, m.directory, {quantity}, {});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);

        // Other rows (a new load of another shape) are a reset, not an update.
        m.add(QStringLiteral("Acme B.V."), QStringLiteral("NEW"), u"1", u"1.00", LineStatus::NoAddition);
        model.updateLines(m.result, m.directory, {}, {6});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 7);
    }

    void pushButtonsComeFromThePlan() {
        Month m;
        il::PushAction quantity;
        quantity.kind = il::PushKind::Quantity;
        quantity.agreementId = 501;
        quantity.additionId = 901;
        quantity.productIdentifier = QStringLiteral("VPS-L");
        quantity.changes = {{QStringLiteral("quantity"), d(u"2"), d(u"3")}};
        quantity.lineIndexes = {1};
        quantity.loaded.quantity = d(u"2");
        quantity.loaded.unitCost = d(u"49.50");
        il::PushAction create;
        create.kind = il::PushKind::Create;
        create.agreementId = 501;
        create.productIdentifier = QStringLiteral("DNS");
        create.changes = {{QStringLiteral("quantity"), {}, d(u"12")},
                          {QStringLiteral("unitCost"), {}, d(u"0.8325")},
                          {QStringLiteral("unitPrice"), {}, d(u"1.50")}};
        create.lineIndexes = {3};
        il::PushAction skipped;
        skipped.kind = il::PushKind::Price;
        skipped.agreementId = 501;
        skipped.productIdentifier = QStringLiteral("BACKUP");
        skipped.skipReason = QStringLiteral("2 active additions");
        skipped.lineIndexes = {2};
        LineTableModel model;
        model.setMonth(m.result, m.directory, {quantity, create, skipped});
        QCOMPARE(model.index(1, ActionColumn).data(PushLabelRole).toString(),
                 QStringLiteral("Push quantity"));
        QCOMPARE(model.index(3, ActionColumn).data(PushLabelRole).toString(),
                 QStringLiteral("Create addition"));
        QCOMPARE(model.index(2, ActionColumn).data(PushLabelRole).toString(), QString());
        QCOMPARE(model.index(2, ActionColumn).data().toString(), QStringLiteral("Fix by hand"));
        QVERIFY(model.index(2, ActionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2 active additions")));
        QCOMPARE(model.index(0, ActionColumn).data(PushLabelRole).toString(), QString());

        PushReviewModel review;
        QAbstractItemModelTester tester(&review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setActions({quantity, create, skipped}, m.result, m.directory);
        QCOMPARE(review.changeCount(), 4);
        QCOMPARE(review.skippedCount(), 1);
        QCOMPARE(review.rowCount(), 5);
        QCOMPARE(review.pushable().size(), 2);
        QCOMPARE(review.quantityDelta().toString(), QStringLiteral("13")); // +1 and a new 12
        // ConnectWise's monthly amount: +1 × 49.50, and 12 × 0.8325 new.
        QCOMPARE(review.amountDelta().toString(), QStringLiteral("59.49"));
        QCOMPARE(review.index(0, PushReviewModel::BeforeColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(review.index(0, PushReviewModel::AfterColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(review.index(0, PushReviewModel::ChangeColumn).data().toString(), QStringLiteral("+1"));
        QCOMPARE(review.index(4, PushReviewModel::FieldColumn).data().toString(),
                 QStringLiteral("not pushed"));
        QCOMPARE(review.index(4, PushReviewModel::ChangeColumn).data().toString(),
                 QStringLiteral("2 active additions"));
    }

    void theDeviationAmountCountsEachGroupOnce() {
        Month m;
        // Two lines of one product on one agreement: 3 + 2 = 5 invoiced at 49.50, ConnectWise 2.
        m.add(QStringLiteral("Acme B.V."), QStringLiteral("VPS-L"), u"2", u"49.50",
              LineStatus::QuantityMismatch, u"2", u"49.50");
        const DeviationAmounts amounts = DeviationAmounts::compute(m.result);
        QCOMPARE(amounts.perLine[1].toString(), QStringLiteral("148.5"));
        QCOMPARE(amounts.perLine[6].toString(), QStringLiteral("0")); // the group's amount is on its lead
        QCOMPARE(amounts.perLine[0].toString(), QStringLiteral("0"));
        QCOMPARE(amounts.perLine[4].toString(), QStringLiteral("0")); // unlinked: nothing to compare
        QCOMPARE(amounts.groups, 3);
        QCOMPARE(amounts.total.toString(), QStringLiteral("166.49")); // 148.50 + 8.00 + 9.99
    }

    void wordsAndNumbersForPeople() {
        QCOMPARE(LineText::money(d(u"12.5")), QStringLiteral("12.50"));
        QCOMPARE(LineText::money(d(u"0.8325")), QStringLiteral("0.8325"));
        QCOMPARE(LineText::signedMoney(d(u"3")), QStringLiteral("+3.00"));
        QCOMPARE(LineText::signedMoney(d(u"-3")), QStringLiteral("-3.00"));
        QCOMPARE(LineText::signedAmount(d(u"0.1978")), QStringLiteral("+0.20"));
        QCOMPARE(LineText::quantity(d(u"10.380")), QStringLiteral("10.38"));
        QCOMPARE(LineText::action(il::LineAction::Skipped, il::TransferOutcome::RefusedChanged),
                 QStringLiteral("Refused: changed in ConnectWise"));
        QCOMPARE(LineText::action(il::LineAction::Failed), QStringLiteral("Failed"));
        for (LineStatus s : il::allLineStatuses())
            QVERIFY(!LineText::status(s).isEmpty());
        QCOMPARE(chooseLanguage(QStringLiteral("nl")), QStringLiteral("nl"));
        QCOMPARE(chooseLanguage(QStringLiteral(" EN ")), QStringLiteral("en"));
        // The Dutch translation is compiled into the app.
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/invoicelink_nl.qm")));
    }

    void theMonthPickerOffersTheLast24Months() {
        MonthPicker picker(nullptr, QDate(2025, 3, 17));
        QCOMPARE(picker.count(), 24);
        QCOMPARE(picker.month(), QDate(2025, 2, 1)); // the previous month
        QCOMPARE(picker.itemData(23).toDate(), QDate(2023, 3, 1));
        picker.setMonth(QDate(2021, 6, 30)); // older: added in its place
        QCOMPARE(picker.count(), 25);
        QCOMPARE(picker.month(), QDate(2021, 6, 1));
        QCOMPARE(picker.currentIndex(), 24);
        QCOMPARE(MonthPicker::fromKey(QStringLiteral("2024-11")), QDate(2024, 11, 1));
        QCOMPARE(MonthPicker::key(QDate(2024, 11, 1)), QStringLiteral("2024-11"));
    }
};

INVOICELINK_UI_TEST(GridModelTest)
#include "test_grid_model.moc"
