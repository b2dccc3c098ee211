#include "sandbox/exact/ExactPurchaseSets.h"

#include "sandbox/exact/ExactAmounts.h"
#include "sandbox/exact/ExactEntities.h"

#include <QHash>

namespace il::sandbox {

namespace {

using T = EdmType;
using W = ExactEntities; // the wire helpers
using A = ExactAmounts;

} // namespace

ExactEntitySet ExactPurchaseSets::purchaseInvoices() {
    ExactEntitySet s;
    s.path = QStringLiteral("purchase/PurchaseInvoices");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Purchase.PurchaseInvoice");
    s.key = QStringLiteral("ID");
    s.fields = {{"ID", T::Guid},
                {"Amount", T::Double},
                {"Currency", T::String},
                {"Description", T::String},
                {"Division", T::Int32},
                {"DueDate", T::DateTime},
                {"EntryNumber", T::Int32},
                {"ExchangeRate", T::Double},
                {"FinancialPeriod", T::Int16},
                {"FinancialYear", T::Int16},
                {"InvoiceDate", T::DateTime},
                {"Journal", T::String},
                {"Modified", T::DateTime},
                {"Remarks", T::String},
                {"Source", T::Int32},
                {"Status", T::Int16},
                {"Supplier", T::Guid},
                {"Type", T::Int32},
                {"VATAmount", T::Double},
                {"YourRef", T::String},
                {"PurchaseInvoiceLines", T::Navigation}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactInvoice& inv : d.purchaseInvoices) {
            // Amount and VATAmount in the invoice's currency; ExchangeRate converts them to the
            // administration's (AmountDC = Amount × ExchangeRate; the direction is inferred from
            // Exact's RateFC on sales lines, api/exact-online.md §4.2).
            const Decimal net = A::net(inv);
            const Decimal vatAmount = A::vat(inv);
            out.append(QJsonObject{{"ID", inv.id},
                                   {"Amount", W::number(net + vatAmount)},
                                   {"Currency", A::currency(inv, d)},
                                   {"Description", W::text(inv.description)},
                                   {"Division", d.division},
                                   {"DueDate", W::date(inv.invoiceDate.addDays(30))},
                                   {"EntryNumber", inv.invoiceNumber},
                                   {"ExchangeRate", W::number(inv.exchangeRate)},
                                   {"FinancialPeriod", inv.invoiceDate.month()},
                                   {"FinancialYear", inv.invoiceDate.year()},
                                   {"InvoiceDate", W::date(inv.invoiceDate)},
                                   {"Journal", "60"},
                                   {"Modified", W::date(inv.invoiceDate.addDays(1))},
                                   {"Remarks", QJsonValue::Null},
                                   {"Source", 1},
                                   {"Status", inv.status},
                                   {"Supplier", W::guid(inv.accountId)},
                                   {"Type", inv.type},
                                   {"VATAmount", W::number(vatAmount)},
                                   {"YourRef", W::text(inv.yourRef)}});
        }
        return out;
    };
    return s;
}

ExactEntitySet ExactPurchaseSets::purchaseInvoiceLines() {
    ExactEntitySet s;
    s.path = QStringLiteral("purchase/PurchaseInvoiceLines");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Purchase.PurchaseInvoiceLine");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::DotDotApi;
    s.fields = {{"ID", T::Guid},
                {"Amount", T::Double},
                {"CostCenter", T::String},
                {"CostUnit", T::String},
                {"Currency", T::String},
                {"Description", T::String},
                {"Discount", T::Double},
                {"Division", T::Int32},
                {"InvoiceID", T::Guid},
                {"Item", T::Guid},
                {"LineNumber", T::Int32},
                {"Modified", T::DateTime},
                {"NetPrice", T::Double},
                {"Notes", T::String},
                {"Project", T::Guid},
                {"PurchaseOrderLine", T::Guid},
                {"Quantity", T::Double},
                {"QuantityInDefaultUnits", T::Double},
                {"Unit", T::String},
                {"UnitPrice", T::Double},
                {"VATAmount", T::Double},
                {"VATCode", T::String},
                {"VATPercentage", T::Double}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactInvoice& inv : d.purchaseInvoices)
            for (const ExactInvoiceLine& l : inv.lines)
                out.append(QJsonObject{{"ID", l.id},
                                       {"Amount", W::number(l.amount)},
                                       {"CostCenter", W::text(l.costCenter)},
                                       {"CostUnit", W::text(l.costUnit)},
                                       {"Currency", A::currency(inv, d)},
                                       {"Description", W::text(l.description)},
                                       {"Discount", W::number(l.discount)},
                                       {"Division", d.division},
                                       {"InvoiceID", inv.id},
                                       {"Item", W::guid(l.itemId)},
                                       {"LineNumber", l.lineNumber},
                                       {"Modified", W::date(inv.invoiceDate.addDays(1))},
                                       {"NetPrice", W::number(l.netPrice)},
                                       {"Notes", QJsonValue::Null},
                                       {"Project", W::guid(l.project)},
                                       {"PurchaseOrderLine", QJsonValue::Null},
                                       {"Quantity", W::number(l.quantity)},
                                       {"QuantityInDefaultUnits", W::number(l.quantity)},
                                       {"Unit", "pc"},
                                       {"UnitPrice", W::number(l.unitPrice)},
                                       {"VATAmount", W::number(A::vat(l))},
                                       {"VATCode", W::text(l.vatCode)},
                                       {"VATPercentage", W::number(l.vatPercentage)}});
        return out;
    };
    return s;
}

} // namespace il::sandbox
