#include "sandbox/DemoDataGenerator.h"

#include "sandbox/DemoAgreementBuilder.h"
#include "sandbox/DemoCast.h"
#include "sandbox/DemoCatalog.h"
#include "sandbox/DemoInvoiceBuilder.h"
#include "sandbox/DemoModel.h"
#include "sandbox/DemoPlanner.h"

#include <QDateTime>

#include <algorithm>

namespace il::sandbox {

namespace {
// Issue 9 sizes the product for months of up to 100,000 lines; the Exact fake answers a page in
// time proportional to the page (ExactRowCache), so the fake no longer limits the demo's size.
constexpr int MaxLines = 100000;
} // namespace

QDate DemoDataGenerator::defaultMonth() {
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

DemoOptions DemoDataGenerator::normalized(DemoOptions o) {
    o.month = o.month.isValid() ? QDate(o.month.year(), o.month.month(), 1) : defaultMonth();
    o.customers = std::clamp(o.customers, 12, 2000);
    o.lines = std::clamp(o.lines, 60, MaxLines);
    o.agreements = std::clamp(o.agreements, 0, 5000);
    return o;
}

SandboxData DemoDataGenerator::generate(const DemoOptions& options) {
    const DemoOptions o = normalized(options);
    SandboxData data;
    data.demoMonth = o.month;
    DemoContext ctx(o, o.month, data);
    ctx.scale = std::max(1, o.lines / 150);

    ExactData& exact = data.exact;
    exact.division = 123456;
    exact.divisionName = QStringLiteral("InvoiceLink Demo B.V.");
    exact.userId = ctx.newGuid();
    exact.userFullName = QStringLiteral("Demi de Demo");
    exact.userEmail = QStringLiteral("demi@invoicelink-demo.example");
    data.cw.companyId = QStringLiteral("invoicelink");
    data.cw.codebase = QStringLiteral("v2025_1/");

    DemoCast::build(ctx, o.customers);
    // Enough products that every customer can buy its share without repeating one.
    const int lineCustomers = o.customers - 3;
    DemoCatalog::build(ctx, o.lines / lineCustomers + 12);
    DemoPlanner::plan(ctx, o.lines);
    DemoAgreementBuilder::build(ctx);
    DemoInvoiceBuilder::build(ctx);
    return data;
}

} // namespace il::sandbox
