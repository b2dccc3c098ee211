#include "sandbox/exact/ExactSalesSets.h"

#include "sandbox/exact/ExactAmounts.h"
#include "sandbox/exact/ExactEntities.h"

#include <QHash>

namespace il::sandbox {

namespace {

using T = EdmType;
using W = ExactEntities; // the wire helpers
using A = ExactAmounts;

QString statusText(int status) {
    switch (status) {
    case 10:
        return QStringLiteral("Draft");
    case 20:
        return QStringLiteral("Open");
    case 50:
        return QStringLiteral("Processed");
    }
    return {};
}

} // namespace

ExactEntitySet ExactSalesSets::salesInvoices() {
    ExactEntitySet s;
    s.path = QStringLiteral("salesinvoice/SalesInvoices");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.SalesInvoice.SalesInvoice");
    s.key = QStringLiteral("InvoiceID");
    s.fields = {
        {"InvoiceID", T::Guid},       {"AmountDC", T::Double},        {"AmountFC", T::Double},
        {"Currency", T::String},      {"DeliverTo", T::Guid},         {"Description", T::String},
        {"Division", T::Int32},       {"DueDate", T::DateTime},       {"InvoiceDate", T::DateTime},
        {"InvoiceNumber", T::Int32},  {"InvoiceTo", T::Guid},         {"InvoiceToName", T::String},
        {"Journal", T::String},       {"Modified", T::DateTime},      {"OrderedBy", T::Guid},
        {"OrderedByName", T::String}, {"Status", T::Int16},           {"StatusDescription", T::String},
        {"Type", T::Int32},           {"TypeDescription", T::String}, {"VATAmountDC", T::Double},
        {"VATAmountFC", T::Double},   {"YourRef", T::String},         {"SalesInvoiceLines", T::Navigation}};
    s.rows = [](const ExactData& d) {
        QHash<QString, QString> names;
        for (const ExactAccount& a : d.accounts)
            names.insert(a.id, a.name);
        QList<QJsonObject> out;
        for (const ExactInvoice& inv : d.salesInvoices) {
            const Decimal net = A::net(inv);
            const Decimal vatFC = A::vat(inv);
            const QString name = names.value(inv.accountId);
            out.append(
                QJsonObject{{"InvoiceID", inv.id},
                            {"AmountDC", W::number(A::inDefaultCurrency(inv, net + vatFC))},
                            {"AmountFC", W::number(net + vatFC)},
                            {"Currency", inv.currency.isEmpty() ? d.currency : inv.currency},
                            {"DeliverTo", W::guid(inv.accountId)},
                            {"Description", W::text(inv.description)},
                            {"Division", d.division},
                            {"DueDate", W::date(inv.invoiceDate.addDays(14))},
                            {"InvoiceDate", W::date(inv.invoiceDate)},
                            {"InvoiceNumber", inv.invoiceNumber},
                            {"InvoiceTo", W::guid(inv.accountId)},
                            {"InvoiceToName", W::text(name)},
                            {"Journal", "70"},
                            {"Modified", W::date(inv.invoiceDate.addDays(1))},
                            {"OrderedBy", W::guid(inv.accountId)},
                            {"OrderedByName", W::text(name)},
                            {"Status", inv.status},
                            {"StatusDescription", statusText(inv.status)},
                            {"Type", inv.type},
                            {"TypeDescription", inv.type == 8021 ? "Sales credit note" : "Sales invoice"},
                            {"VATAmountDC", W::number(A::inDefaultCurrency(inv, vatFC))},
                            {"VATAmountFC", W::number(vatFC)},
                            {"YourRef", W::text(inv.yourRef)}});
        }
        return out;
    };
    return s;
}

ExactEntitySet ExactSalesSets::salesInvoiceLines() {
    ExactEntitySet s;
    s.path = QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Bulk.SalesInvoice.SalesInvoiceLine");
    s.key = QStringLiteral("ID");
    s.pageSize = 1000;
    s.selectAlwaysMandatory = true;
    s.next = NextLinkStyle::PathRelative;
    s.fields = {{"ID", T::Guid},           {"AmountDC", T::Double},        {"AmountFC", T::Double},
                {"CostCenter", T::String}, {"CostUnit", T::String},        {"Description", T::String},
                {"Discount", T::Double},   {"Division", T::Int32},         {"Employee", T::Guid},
                {"EndTime", T::DateTime},  {"InvoiceID", T::Guid},         {"Item", T::Guid},
                {"ItemCode", T::String},   {"ItemDescription", T::String}, {"LineNumber", T::Int32},
                {"NetPrice", T::Double},   {"Notes", T::String},           {"Project", T::Guid},
                {"Quantity", T::Double},   {"StartTime", T::DateTime},     {"Subscription", T::Guid},
                {"UnitCode", T::String},   {"UnitPrice", T::Double},       {"VATAmountDC", T::Double},
                {"VATCode", T::String},    {"VATPercentage", T::Double}};
    s.rows = [](const ExactData& d) {
        QHash<QString, const ExactItem*> items;
        for (const ExactItem& i : d.items)
            items.insert(i.id, &i);
        QList<QJsonObject> out;
        for (const ExactInvoice& inv : d.salesInvoices)
            for (const ExactInvoiceLine& l : inv.lines) {
                const ExactItem* item = items.value(l.itemId);
                const QDate first(inv.invoiceDate.year(), inv.invoiceDate.month(), 1);
                out.append(QJsonObject{{"ID", l.id},
                                       {"AmountDC", W::number(A::inDefaultCurrency(inv, l.amount))},
                                       {"AmountFC", W::number(l.amount)},
                                       {"CostCenter", W::text(l.costCenter)},
                                       {"CostUnit", W::text(l.costUnit)},
                                       {"Description", W::text(l.description)},
                                       {"Discount", W::number(l.discount)},
                                       {"Division", d.division},
                                       {"Employee", QJsonValue::Null},
                                       {"EndTime", W::date(first.addMonths(1))},
                                       {"InvoiceID", inv.id},
                                       {"Item", W::guid(l.itemId)},
                                       {"ItemCode", item ? W::text(item->code) : QJsonValue::Null},
                                       {"ItemDescription", item ? W::text(item->description) : QJsonValue::Null},
                                       {"LineNumber", l.lineNumber},
                                       {"NetPrice", W::number(l.netPrice)},
                                       {"Notes", QJsonValue::Null},
                                       {"Project", W::guid(l.project)},
                                       {"Quantity", W::number(l.quantity)},
                                       {"StartTime", W::date(first)},
                                       {"Subscription", QJsonValue::Null},
                                       {"UnitCode", "pc"},
                                       {"UnitPrice", W::number(l.unitPrice)},
                                       {"VATAmountDC", W::number(A::inDefaultCurrency(inv, A::vat(l)))},
                                       {"VATCode", W::text(l.vatCode)},
                                       {"VATPercentage", W::number(l.vatPercentage)}});
            }
        return out;
    };
    return s;
}

} // namespace il::sandbox
