// Issue 8 points 1 and 2: a price Exact sends including VAT or in another currency is compared
// and pushed excluding VAT and in the administration's currency, and the reason says so.
// Against the Exact fake (hand-made month) and the demo month through MonthRun.
#include "ReconcileHarness.h"
#include "exact/InvoiceSource.h"
#include "errors/ApiError.h"
#include "reconcile/LineStatus.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "test_exact_fixture.h"

using namespace exacttest;

namespace {

const QDate kMonth(2026, 10, 1);

class ExactVatCurrencyTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        data.items = {{guid(0x4000, 1), QStringLiteral("M365-BP"), QStringLiteral("Business Premium"), dec("18")}};
    }
    // One invoice of the month with one line: quantity 4, net price `net` as Exact sends it.
    ExactInvoice& oneLine(int type, const char* net, const QString& vatCode = QStringLiteral("2")) {
        ExactInvoice inv = invoice(1, QDate(2026, 10, 5), 101, QString(), type);
        inv.lines = {line(1, 1, guid(0x4000, 1), "4", net, "0", QStringLiteral("ACME"))};
        inv.lines[0].vatCode = vatCode;
        QList<ExactInvoice>& list = type == 8033 ? data.purchaseInvoices : data.salesInvoices;
        list = {inv};
        return list.first();
    }
    InvoiceLine loadOne() {
        const QList<InvoiceLine> lines = runSync(exact().loadMonth(kMonth));
        EXPECT_EQ(lines.size(), 1);
        return lines.value(0);
    }
    int calls(const QString& e) const { return http.calls().count(e); }
    void useSales() { configure({{QStringLiteral("exact/source"), QStringLiteral("sales")}}); }
};

// Exact sends UnitPrice/NetPrice including VAT under a code of type I, Amount excluding it.
void makeInclusive(ExactInvoiceLine& l) {
    const Decimal withVat = Decimal::fromInt(1) + l.vatPercentage;
    l.amount = (l.quantity * l.netPrice).rounded(2);
    l.vatCode = QStringLiteral("5");
    l.unitPrice = l.unitPrice * withVat;
    l.netPrice = l.netPrice * withVat;
}

TEST_F(ExactVatCurrencyTest, AnIncludingVatPurchasePriceIsComparedExcludingVat) {
    makeInclusive(oneLine(8033, "25").lines[0]); // 30.25 including 21 %
    const InvoiceLine l = loadOne();
    EXPECT_EQ(l.unitPrice, dec("25"));
    EXPECT_EQ(l.invoicedUnitPrice, dec("30.25"));
    EXPECT_EQ(l.amount, dec("100"));
    EXPECT_EQ(l.vatCode, QStringLiteral("5"));
    EXPECT_TRUE(l.vatIncluded);
    EXPECT_FALSE(l.foreignCurrency);
}

TEST_F(ExactVatCurrencyTest, AnIncludingVatSalesPriceIsComparedExcludingVat) {
    useSales();
    makeInclusive(oneLine(8020, "25").lines[0]);
    const InvoiceLine l = loadOne();
    EXPECT_EQ(l.unitPrice, dec("25"));
    EXPECT_EQ(l.invoicedUnitPrice, dec("30.25"));
    EXPECT_TRUE(l.vatIncluded);
}

TEST_F(ExactVatCurrencyTest, TheLinesOwnVatPercentageWinsOverTheCodes) {
    ExactInvoiceLine& l = oneLine(8033, "25").lines[0];
    l.vatPercentage = dec("0.09"); // what Exact applied on this invoice; the code now says 21 %
    makeInclusive(l);
    EXPECT_EQ(loadOne().unitPrice, dec("25"));
}

TEST_F(ExactVatCurrencyTest, ExcludingAndZeroCodesKeepThePrice) {
    oneLine(8033, "25", QStringLiteral("0"));
    const InvoiceLine l = loadOne();
    EXPECT_EQ(l.unitPrice, dec("25"));
    EXPECT_FALSE(l.vatIncluded);
}

TEST_F(ExactVatCurrencyTest, AVatCodeExactDoesNotHoldFailsTheLoadNamingIt) {
    oneLine(8033, "25", QStringLiteral("7"));
    try {
        runSync(exact().loadMonth(kMonth));
        FAIL() << "a line with an unknown VAT code was priced";
    } catch (const ApiError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("no VAT code '7'"))) << e.what();
        EXPECT_TRUE(e.message().contains(guid(0x2000, 1))) << e.what(); // the line
        EXPECT_TRUE(e.message().contains(QStringLiteral("vat/VATCodes"))) << e.what();
    }
}

TEST_F(ExactVatCurrencyTest, VatCodesAreReadInOneCallAndKeptForTheRun) {
    ExactInvoice& inv = oneLine(8033, "25");
    inv.lines.append(line(2, 2, guid(0x4000, 1), "1", "10", "0", QStringLiteral("ACME")));
    inv.lines.append(line(3, 3, guid(0x4000, 1), "1", "10", "0", QStringLiteral("ACME")));
    makeInclusive(inv.lines[1]);
    inv.lines[2].vatCode = QStringLiteral("0");
    EXPECT_EQ(runSync(exact().loadMonth(kMonth)).size(), 3);
    EXPECT_EQ(calls(QStringLiteral("vat/VATCodes")), 1);
    EXPECT_EQ(calls(QStringLiteral("system/Divisions")), 0); // no foreign invoice: no extra call
    runSync(exact().loadMonth(kMonth)); // the same run again: the codes are known
    EXPECT_EQ(calls(QStringLiteral("vat/VATCodes")), 1);
}

TEST_F(ExactVatCurrencyTest, AForeignPurchaseInvoiceIsComparedInTheAdministrationsCurrency) {
    ExactInvoice& inv = oneLine(8033, "25"); // 4 × 25 USD = 100 USD
    inv.currency = QStringLiteral("USD");
    inv.exchangeRate = dec("0.92");
    const InvoiceLine l = loadOne();
    EXPECT_EQ(l.amount, dec("92"));
    EXPECT_EQ(l.unitPrice, dec("23")); // 92 EUR ÷ 4
    EXPECT_EQ(l.invoicedUnitPrice, dec("25"));
    EXPECT_EQ(l.currency, QStringLiteral("USD"));
    EXPECT_TRUE(l.foreignCurrency);
    EXPECT_EQ(calls(QStringLiteral("system/Divisions")), 1);
    EXPECT_EQ(exact().source().administrationCurrency(), QStringLiteral("EUR"));
    runSync(exact().loadMonth(kMonth)); // asked once a run
    EXPECT_EQ(calls(QStringLiteral("system/Divisions")), 1);
}

TEST_F(ExactVatCurrencyTest, AForeignSalesInvoiceUsesAmountDC) {
    useSales();
    ExactInvoice& inv = oneLine(8020, "25");
    inv.currency = QStringLiteral("USD");
    inv.exchangeRate = dec("0.92");
    const InvoiceLine l = loadOne();
    EXPECT_EQ(l.amount, dec("92"));
    EXPECT_EQ(l.unitPrice, dec("23"));
    EXPECT_TRUE(l.foreignCurrency);
    EXPECT_EQ(l.currency, QStringLiteral("USD"));
}

TEST_F(ExactVatCurrencyTest, AForeignLineWithoutQuantityConvertsItsExcludingPriceAtTheRate) {
    ExactInvoice& inv = oneLine(8033, "25");
    inv.currency = QStringLiteral("USD");
    inv.exchangeRate = dec("0.92");
    inv.lines[0].quantity = Decimal();
    inv.lines[0].amount = Decimal();
    makeInclusive(inv.lines[0]);
    EXPECT_EQ(loadOne().unitPrice, dec("23")); // 30.25 ÷ 1.21 × 0.92
}

// ---- the demo month through MonthRun ---------------------------------------------------------

const QSet<il::PushKind> kAll{il::PushKind::Quantity, il::PushKind::Price, il::PushKind::Create};

TEST_F(ReconcileTest, DemoInclusiveAndForeignLinesAreOkAndNothingOfThemIsPushed) {
    auto run = loadMonth();
    const il::MonthResult& r = run->result();
    QSet<int> theirAdditions;
    QList<Decimal> invoicedPrices;
    int inclusive = 0, foreign = 0;
    for (qsizetype i = 0; i < r.records.size(); ++i) {
        const il::InvoiceLine& l = r.records[i].linked.line;
        if (!l.vatIncluded && !l.foreignCurrency)
            continue;
        inclusive += l.vatIncluded;
        foreign += l.foreignCurrency;
        EXPECT_EQ(r.records[i].finding.status, il::LineStatus::Ok) << l.description.toStdString() << ": "
                                                            << r.records[i].finding.reason.toStdString();
        EXPECT_NE(l.unitPrice, l.invoicedUnitPrice);
        if (l.foreignCurrency) {
            EXPECT_TRUE(r.records[i].finding.reason.contains(
                QStringLiteral("invoiced in USD; compared in EUR at the invoice's rate")))
                << r.records[i].finding.reason.toStdString();
        }
        if (l.vatIncluded) {
            EXPECT_TRUE(r.records[i].finding.reason.contains(QStringLiteral("compared excluding VAT")))
                << r.records[i].finding.reason.toStdString();
        }
        for (int id : r.records[i].finding.additionIds)
            theirAdditions.insert(id);
        invoicedPrices << l.invoicedUnitPrice;
    }
    EXPECT_GE(inclusive, 3);
    EXPECT_GE(foreign, 2);
    EXPECT_EQ(run->result().exactCalls.value(QStringLiteral("vat/VATCodes")), 1);

    il::runSync(run->push(run->plan(kAll)));
    const auto& writes = sandbox().connectwise().appliedWrites();
    EXPECT_FALSE(writes.isEmpty()); // the planted deviations were pushed
    for (const auto& w : writes) {
        EXPECT_FALSE(theirAdditions.contains(w.additionId)) << "addition " << w.additionId << " was written";
        for (const char* field : {"unitCost", "unitPrice"})
            if (w.changed.contains(QLatin1String(field))) {
                const auto written = Decimal::fromJson(w.changed.value(QLatin1String(field)));
                EXPECT_FALSE(written && invoicedPrices.contains(*written))
                    << field << " " << written->toString().toStdString() << " is an invoiced price";
            }
    }
}

TEST_F(ReconcileTest, ForeignReasonNamesNoCurrencyWhenExactWillNotSayWhichOne) {
    sandbox().server().addFault({.pathPattern = QStringLiteral("system/Divisions"), .status = 403});
    auto run = loadMonth();
    const il::MonthResult& r = run->result();
    int foreign = 0;
    for (qsizetype i = 0; i < r.records.size(); ++i)
        if (r.records[i].linked.line.foreignCurrency) {
            ++foreign;
            EXPECT_TRUE(r.records[i].finding.reason.contains(QStringLiteral(
                "invoiced in USD; compared in the administration's currency at the invoice's rate")))
                << r.records[i].finding.reason.toStdString();
        }
    EXPECT_GE(foreign, 1);
}

} // namespace
