#include "sandbox/exact/ExactEntrySets.h"

#include "sandbox/exact/ExactAmounts.h"
#include "sandbox/exact/ExactEntities.h"

#include <QHash>

namespace il::sandbox {

namespace {

using T = EdmType;
using W = ExactEntities; // the wire helpers
using A = ExactAmounts;

QString vatDescription(const ExactData& d, const QString& code) {
    for (const ExactVatCode& c : d.vatCodes)
        if (c.code == code)
            return c.description;
    return {};
}

} // namespace

ExactEntitySet ExactEntrySets::purchaseEntries() {
    ExactEntitySet s;
    s.path = QStringLiteral("purchaseentry/PurchaseEntries");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.PurchaseEntry");
    s.key = QStringLiteral("EntryID");
    s.next = NextLinkStyle::DotDotApi;
    s.fields = {{"EntryID", T::Guid},
                {"AmountDC", T::Double},
                {"AmountFC", T::Double},
                {"BatchNumber", T::Int32},
                {"Created", T::DateTime},
                {"Currency", T::String},
                {"Description", T::String},
                {"Division", T::Int32},
                {"DueDate", T::DateTime},
                {"EntryDate", T::DateTime},
                {"EntryNumber", T::Int32},
                {"InvoiceNumber", T::Int32},
                {"Journal", T::String},
                {"JournalDescription", T::String},
                {"Modified", T::DateTime},
                {"PaymentReference", T::String},
                {"Rate", T::Double},
                {"ReportingPeriod", T::Int16},
                {"ReportingYear", T::Int16},
                {"Reversal", T::Boolean},
                {"Status", T::Int16},
                {"Supplier", T::Guid},
                {"SupplierName", T::String},
                {"Type", T::Int32},
                {"VATAmountDC", T::Double},
                {"VATAmountFC", T::Double},
                {"YourRef", T::String},
                {"PurchaseEntryLines", T::Navigation}};
    s.rows = [](const ExactData& d) {
        QHash<QString, QString> names;
        for (const ExactAccount& a : d.accounts)
            names.insert(a.id, a.name);
        QList<QJsonObject> out;
        for (const ExactInvoice& e : d.purchaseEntries) {
            const Decimal gross = A::net(e) + A::vat(e);
            // The header's amount includes VAT, as on the invoice headers (api/exact-online.md §4.1).
            out.append(QJsonObject{{"EntryID", e.id},
                                   {"AmountDC", W::number(A::inDefaultCurrency(e, gross))},
                                   {"AmountFC", W::number(gross)},
                                   {"BatchNumber", QJsonValue::Null},
                                   {"Created", W::date(e.invoiceDate)},
                                   {"Currency", A::currency(e, d)},
                                   {"Description", W::text(e.description)},
                                   {"Division", d.division},
                                   {"DueDate", W::date(e.invoiceDate.addDays(30))},
                                   {"EntryDate", W::date(e.invoiceDate)},
                                   {"EntryNumber", e.invoiceNumber},
                                   {"InvoiceNumber", e.invoiceNumber},
                                   {"Journal", "60"},
                                   {"JournalDescription", "Purchase journal"},
                                   {"Modified", W::date(e.invoiceDate.addDays(1))},
                                   {"PaymentReference", QJsonValue::Null},
                                   {"Rate", W::number(e.exchangeRate)},
                                   {"ReportingPeriod", e.invoiceDate.month()},
                                   {"ReportingYear", e.invoiceDate.year()},
                                   {"Reversal", false},
                                   {"Status", e.status},
                                   {"Supplier", W::guid(e.accountId)},
                                   {"SupplierName", W::text(names.value(e.accountId))},
                                   {"Type", e.type},
                                   {"VATAmountDC", W::number(A::inDefaultCurrency(e, A::vat(e)))},
                                   {"VATAmountFC", W::number(A::vat(e))},
                                   {"YourRef", W::text(e.yourRef)}});
        }
        return out;
    };
    return s;
}

ExactEntitySet ExactEntrySets::purchaseEntryLines() {
    ExactEntitySet s;
    s.path = QStringLiteral("purchaseentry/PurchaseEntryLines");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.PurchaseEntryLine");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::PathRelative;
    s.fields = {{"ID", T::Guid},
                {"AmountDC", T::Double},
                {"AmountFC", T::Double},
                {"Asset", T::Guid},
                {"CostCenter", T::String},
                {"CostCenterDescription", T::String},
                {"CostUnit", T::String},
                {"CostUnitDescription", T::String},
                {"Description", T::String},
                {"Division", T::Int32},
                {"EntryID", T::Guid},
                {"From", T::DateTime},
                {"GLAccount", T::Guid},
                {"GLAccountCode", T::String},
                {"GLAccountDescription", T::String},
                {"LineNumber", T::Int32},
                {"Notes", T::String},
                {"Project", T::Guid},
                {"ProjectDescription", T::String},
                {"Quantity", T::Double},
                {"Subscription", T::Guid},
                {"To", T::DateTime},
                {"Type", T::Int32},
                {"VATAmountDC", T::Double},
                {"VATAmountFC", T::Double},
                {"VATBaseAmountDC", T::Double},
                {"VATBaseAmountFC", T::Double},
                {"VATCode", T::String},
                {"VATCodeDescription", T::String},
                {"VATPercentage", T::Double}};
    s.rows = [](const ExactData& d) {
        QHash<QString, QString> projects;
        for (const ExactProject& p : d.projects)
            projects.insert(p.id, p.description);
        const QString glAccount = QStringLiteral("00000000-0000-4000-8000-0000000070a0");
        QList<QJsonObject> out;
        for (const ExactInvoice& e : d.purchaseEntries)
            for (const ExactInvoiceLine& l : e.lines)
                // AmountDC/FC exclude VAT: the VAT is its own amount on the line (VATAmountDC) on
                // the base VATBaseAmountDC, as in a financial entry.
                out.append(QJsonObject{{"ID", l.id},
                                       {"AmountDC", W::number(A::inDefaultCurrency(e, l.amount))},
                                       {"AmountFC", W::number(l.amount)},
                                       {"Asset", QJsonValue::Null},
                                       {"CostCenter", W::text(l.costCenter)},
                                       {"CostCenterDescription", W::text(l.costCenter)},
                                       {"CostUnit", W::text(l.costUnit)},
                                       {"CostUnitDescription", W::text(l.costUnit)},
                                       {"Description", W::text(l.description)},
                                       {"Division", d.division},
                                       {"EntryID", e.id},
                                       {"From", QJsonValue::Null},
                                       {"GLAccount", glAccount},
                                       {"GLAccountCode", "7000"},
                                       {"GLAccountDescription", "Cost of services"},
                                       {"LineNumber", l.lineNumber},
                                       {"Notes", QJsonValue::Null},
                                       {"Project", W::guid(l.project)},
                                       {"ProjectDescription", W::text(projects.value(l.project))},
                                       {"Quantity", W::number(l.quantity)},
                                       {"Subscription", QJsonValue::Null},
                                       {"To", QJsonValue::Null},
                                       {"Type", e.type},
                                       {"VATAmountDC", W::number(A::inDefaultCurrency(e, A::vat(l)))},
                                       {"VATAmountFC", W::number(A::vat(l))},
                                       {"VATBaseAmountDC", W::number(A::inDefaultCurrency(e, l.amount))},
                                       {"VATBaseAmountFC", W::number(l.amount)},
                                       {"VATCode", l.vatCode},
                                       {"VATCodeDescription", W::text(vatDescription(d, l.vatCode))},
                                       {"VATPercentage", W::number(l.vatPercentage)}});
        return out;
    };
    return s;
}

} // namespace il::sandbox
