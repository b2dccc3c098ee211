// The month grid at 100,000 lines (issue 4): loading a MonthResult into the model and its proxy
// chain, the same with the whole grid page (view, tiles) attached, the deviations filter, the
// search and a sort by difference. Targets: load < 300 ms, deviations filter < 50 ms.
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineTableModel.h"
#include "grid/SearchFilterProxy.h"
#include "grid/StatusFilterProxy.h"

#include "reconcile/MonthResult.h"
#include "reconcile/PushPlanner.h"

#include <QCoreApplication>
#include <QTableView>
#include <benchmark/benchmark.h>

namespace {

using il::Decimal;
using il::LineStatus;

// A month of `lines` invoice lines over 2,000 customers and 60 products, about 20 % of them
// deviating in every way the validator knows, with the ConnectWise side they were compared with.
struct SyntheticMonth {
    il::MonthResult result;
    il::CwDirectory directory;
    QList<il::PushAction> plan;

    explicit SyntheticMonth(int lines) {
        const int customers = 2000, products = 60;
        for (int c = 1; c <= customers; ++c) {
            directory.companies.append({c, QStringLiteral("CUST%1").arg(c),
                                        QStringLiteral("Customer %1 B.V.").arg(c), QStringLiteral("Active"),
                                        false});
            il::Agreement a;
            a.id = 10000 + c;
            a.name = QStringLiteral("Cloud Services - Customer %1").arg(c);
            a.companyId = c;
            a.status = QStringLiteral("Active");
            directory.agreements.append(a);
        }
        for (int p = 1; p <= products; ++p)
            directory.catalog.append({p,
                                      QStringLiteral("ITEM-%1").arg(p),
                                      QStringLiteral("Product %1").arg(p),
                                      {},
                                      Decimal::fromInt(p),
                                      Decimal::fromInt(p) - Decimal::fromString(u"0.5"),
                                      false,
                                      1,
                                      1});
        directory.index();

        result.month = QDate(2025, 3, 1);
        result.source = il::InvoiceSourceKind::Purchase;
        result.comparedPriceField = il::PriceField::UnitCost;
        static const LineStatus cycle[] = {LineStatus::QuantityMismatch,         LineStatus::PriceMismatch,
                                           LineStatus::PriceAndQuantityMismatch, LineStatus::NoAddition,
                                           LineStatus::AgreementInactive,        LineStatus::Unlinked};
        result.records.reserve(lines);
        QList<il::LinkedLine> linked;
        QList<il::Finding> findings;
        for (int i = 0; i < lines; ++i) {
            const int customer = 1 + i % customers;
            const int product = 1 + (i / customers) % products;
            il::LinkedLine l;
            l.line.lineId = QStringLiteral("line-%1").arg(i);
            l.line.invoiceNumber = QStringLiteral("INV-%1").arg(1000 + i / 500);
            l.line.lineNumber = i % 500;
            l.line.customerKey = QStringLiteral("CUST%1").arg(customer);
            l.line.customerName = QStringLiteral("Customer %1 B.V.").arg(customer);
            l.line.itemCode = QStringLiteral("ITEM-%1").arg(product);
            l.line.description =
                QStringLiteral("[Customer %1 B.V.] Product %2 licences, monthly").arg(customer).arg(product);
            l.line.quantity = Decimal::fromInt(1 + i % 40);
            l.line.unitPrice = Decimal::fromRaw(product * 1'000'000 + 125'000);
            l.line.amount = l.line.quantity * l.line.unitPrice;
            il::Finding f;
            f.status = i % 5 == 0 ? cycle[(i / 5) % 6] : LineStatus::Ok;
            if (f.status != LineStatus::Unlinked) {
                l.companyId = customer;
                l.agreementId = 10000 + customer;
                l.productId = product;
                l.productIdentifier = l.line.itemCode;
            }
            f.invoiceQuantity = l.line.quantity;
            if (f.status != LineStatus::NoAddition && f.status != LineStatus::Unlinked) {
                f.additionIds = {100000 + i};
                f.cwQuantity = l.line.quantity;
                f.cwUnitCost = l.line.unitPrice;
                f.cwUnitPrice = l.line.unitPrice + Decimal::fromInt(1);
            }
            if (f.status == LineStatus::QuantityMismatch || f.status == LineStatus::PriceAndQuantityMismatch)
                f.cwQuantity = f.cwQuantity - Decimal::fromInt(1);
            if (f.status == LineStatus::PriceMismatch || f.status == LineStatus::PriceAndQuantityMismatch)
                f.cwUnitCost = f.cwUnitCost - Decimal::fromString(u"0.25");
            f.cwComparedPrice = f.cwUnitCost;
            f.quantityDifference = f.invoiceQuantity - f.cwQuantity;
            f.priceDifference = l.line.unitPrice - f.cwComparedPrice;
            result.records.append({l, f, il::LineAction::None, {}, {}});
            linked.append(l);
            findings.append(f);
        }
        // The push buttons come from the real planner, as MonthRun::plan makes them.
        il::PushPlanner::Options options{
            result.month, false, {il::PushKind::Quantity, il::PushKind::Price, il::PushKind::Create}};
        plan = il::PushPlanner(directory, options).plan(linked, findings);
    }
};

const SyntheticMonth& month() {
    static const SyntheticMonth m(100'000);
    return m;
}

// Model and proxies, no view: what loading costs the data side.
void BM_GridModelLoad(benchmark::State& state) {
    const SyntheticMonth& m = month();
    for (auto _ : state) {
        il::ui::LineTableModel model;
        il::ui::StatusFilterProxy status;
        il::ui::SearchFilterProxy search;
        status.setSourceModel(&model);
        search.setSourceModel(&status);
        model.setMonth(m.result, m.directory, m.plan);
        benchmark::DoNotOptimize(search.rowCount()); // builds the proxies' mappings
    }
    state.counters["lines"] = double(m.result.records.size());
}
BENCHMARK(BM_GridModelLoad)->Name("Grid/ModelLoad/100k")->Unit(benchmark::kMillisecond);

// The whole grid page (tiles, view, delegates), shown offscreen and painted once.
void BM_GridPageLoad(benchmark::State& state) {
    const SyntheticMonth& m = month();
    il::ui::GridPage page;
    page.resize(1400, 800);
    page.show();
    for (auto _ : state) {
        page.setMonth(m.result, m.directory, m.plan);
        page.view()->viewport()->grab(); // paint the visible rows
        state.PauseTiming();
        page.clear(QString());
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_GridPageLoad)->Name("Grid/PageLoad/100k")->Unit(benchmark::kMillisecond);

// Clicking the Deviations tile: the status proxy re-filters, the search proxy and view follow.
void BM_GridDeviationsFilter(benchmark::State& state) {
    const SyntheticMonth& m = month();
    il::ui::GridPage page;
    page.resize(1400, 800);
    page.show();
    page.setMonth(m.result, m.directory, m.plan);
    int shown = 0;
    for (auto _ : state) {
        page.statusProxy()->setFilter(il::ui::StatusFilterProxy::Filter::Deviations);
        shown = page.view()->model()->rowCount();
        page.view()->viewport()->grab();
        state.PauseTiming();
        page.statusProxy()->setFilter(il::ui::StatusFilterProxy::Filter::All);
        page.view()->model()->rowCount();
        state.ResumeTiming();
    }
    state.counters["shown"] = shown;
}
BENCHMARK(BM_GridDeviationsFilter)->Name("Grid/DeviationsFilter/100k")->Unit(benchmark::kMillisecond);

// A search for one customer (after the typing pause).
void BM_GridSearch(benchmark::State& state) {
    const SyntheticMonth& m = month();
    il::ui::GridPage page;
    page.resize(1400, 800);
    page.show();
    page.setMonth(m.result, m.directory, m.plan);
    int shown = 0;
    for (auto _ : state) {
        page.searchProxy()->setSearchText(QStringLiteral("customer 1234 b.v."));
        shown = page.view()->model()->rowCount();
        state.PauseTiming();
        page.searchProxy()->setSearchText(QString());
        page.view()->model()->rowCount();
        state.ResumeTiming();
    }
    state.counters["shown"] = shown;
}
BENCHMARK(BM_GridSearch)->Name("Grid/Search/100k")->Unit(benchmark::kMillisecond);

// Sorting by the difference column (numeric sort role), biggest first.
void BM_GridSortByDifference(benchmark::State& state) {
    const SyntheticMonth& m = month();
    il::ui::GridPage page;
    page.resize(1400, 800);
    page.show();
    page.setMonth(m.result, m.directory, m.plan);
    for (auto _ : state) {
        page.view()->sortByColumn(il::ui::DifferenceColumn, Qt::DescendingOrder);
        benchmark::DoNotOptimize(page.view()->model()->index(0, 0).data(il::ui::LineIndexRole));
        state.PauseTiming();
        page.searchProxy()->sort(-1);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_GridSortByDifference)->Name("Grid/SortByDifference/100k")->Unit(benchmark::kMillisecond);

} // namespace
