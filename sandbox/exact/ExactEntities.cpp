#include "sandbox/exact/ExactEntities.h"

#include <QDateTime>
#include <QHash>

namespace il::sandbox {

namespace {

using T = EdmType;

const Decimal kVatRate = Decimal::fromString(u"0.21");

Decimal vat(const Decimal& amount) {
    return (amount * kVatRate).rounded(2);
}

Decimal linesTotal(const ExactInvoice& inv) {
    Decimal sum;
    for (const auto& l : inv.lines)
        sum += l.amount;
    return sum;
}

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

QJsonValue ExactEntities::date(const QDate& d) {
    if (!d.isValid())
        return QJsonValue::Null;
    return toWireDate(QDateTime(d, QTime(0, 0), Qt::UTC));
}

QJsonValue ExactEntities::number(const Decimal& d) {
    return d.toString().toDouble();
}

QJsonValue ExactEntities::guid(const QString& g) {
    return g.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g);
}

QJsonValue ExactEntities::text(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

const QList<ExactEntitySet>& ExactEntities::all() {
    static const QList<ExactEntitySet> sets = {divisions(),     purchaseInvoices(),  purchaseInvoiceLines(),
                                               salesInvoices(), salesInvoiceLines(), items(),
                                               accounts(),      projects()};
    return sets;
}

const ExactEntitySet* ExactEntities::find(const QString& path) {
    for (const ExactEntitySet& s : all())
        if (s.path.compare(path, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

ExactEntitySet ExactEntities::divisions() {
    ExactEntitySet s;
    s.path = QStringLiteral("system/Divisions");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.System.Division");
    s.key = QStringLiteral("Code");
    s.fields = {{"Code", T::Int32},      {"Description", T::String}, {"Hid", T::Int64},
                {"Current", T::Boolean}, {"Country", T::String},     {"Currency", T::String},
                {"Status", T::Int16},    {"VATNumber", T::String},   {"ChamberOfCommerceNumber", T::String}};
    // Every division the user reaches, whichever division the URL names (api/exact-online.md §2.2).
    s.rows = [](const ExactData& d) {
        const int current = d.currentDivision ? d.currentDivision : d.division;
        QMap<int, QString> all = d.otherDivisions;
        all.insert(d.division, d.divisionName);
        QList<QJsonObject> rows;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            rows.append(QJsonObject{{"Code", it.key()},
                                    {"Description", it.value()},
                                    {"Hid", it.key()},
                                    {"Current", it.key() == current},
                                    {"Country", "NL"},
                                    {"Currency", "EUR"},
                                    {"Status", 1},
                                    {"VATNumber", "NL001234567B01"},
                                    {"ChamberOfCommerceNumber", "12345678"}});
        return rows;
    };
    return s;
}

ExactEntitySet ExactEntities::purchaseInvoices() {
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
            const Decimal net = linesTotal(inv);
            out.append(QJsonObject{{"ID", inv.id},
                                   {"Amount", number(net + vat(net))},
                                   {"Currency", "EUR"},
                                   {"Description", text(inv.description)},
                                   {"Division", d.division},
                                   {"DueDate", date(inv.invoiceDate.addDays(30))},
                                   {"EntryNumber", inv.invoiceNumber},
                                   {"ExchangeRate", 1.0},
                                   {"FinancialPeriod", inv.invoiceDate.month()},
                                   {"FinancialYear", inv.invoiceDate.year()},
                                   {"InvoiceDate", date(inv.invoiceDate)},
                                   {"Journal", "60"},
                                   {"Modified", date(inv.invoiceDate.addDays(1))},
                                   {"Remarks", QJsonValue::Null},
                                   {"Source", 1},
                                   {"Status", inv.status},
                                   {"Supplier", guid(inv.accountId)},
                                   {"Type", inv.type},
                                   {"VATAmount", number(vat(net))},
                                   {"YourRef", text(inv.yourRef)}});
        }
        return out;
    };
    return s;
}

ExactEntitySet ExactEntities::purchaseInvoiceLines() {
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
                                       {"Amount", number(l.amount)},
                                       {"CostCenter", text(l.costCenter)},
                                       {"CostUnit", text(l.costUnit)},
                                       {"Currency", "EUR"},
                                       {"Description", text(l.description)},
                                       {"Discount", number(l.discount)},
                                       {"Division", d.division},
                                       {"InvoiceID", inv.id},
                                       {"Item", guid(l.itemId)},
                                       {"LineNumber", l.lineNumber},
                                       {"Modified", date(inv.invoiceDate.addDays(1))},
                                       {"NetPrice", number(l.netPrice)},
                                       {"Notes", QJsonValue::Null},
                                       {"Project", guid(l.project)},
                                       {"PurchaseOrderLine", QJsonValue::Null},
                                       {"Quantity", number(l.quantity)},
                                       {"QuantityInDefaultUnits", number(l.quantity)},
                                       {"Unit", "pc"},
                                       {"UnitPrice", number(l.unitPrice)},
                                       {"VATAmount", number(vat(l.amount))},
                                       {"VATCode", "2"},
                                       {"VATPercentage", 0.21}});
        return out;
    };
    return s;
}

ExactEntitySet ExactEntities::salesInvoices() {
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
            const Decimal net = linesTotal(inv);
            const QString name = names.value(inv.accountId);
            out.append(
                QJsonObject{{"InvoiceID", inv.id},
                            {"AmountDC", number(net + vat(net))},
                            {"AmountFC", number(net + vat(net))},
                            {"Currency", "EUR"},
                            {"DeliverTo", guid(inv.accountId)},
                            {"Description", text(inv.description)},
                            {"Division", d.division},
                            {"DueDate", date(inv.invoiceDate.addDays(14))},
                            {"InvoiceDate", date(inv.invoiceDate)},
                            {"InvoiceNumber", inv.invoiceNumber},
                            {"InvoiceTo", guid(inv.accountId)},
                            {"InvoiceToName", text(name)},
                            {"Journal", "70"},
                            {"Modified", date(inv.invoiceDate.addDays(1))},
                            {"OrderedBy", guid(inv.accountId)},
                            {"OrderedByName", text(name)},
                            {"Status", inv.status},
                            {"StatusDescription", statusText(inv.status)},
                            {"Type", inv.type},
                            {"TypeDescription", inv.type == 8021 ? "Sales credit note" : "Sales invoice"},
                            {"VATAmountDC", number(vat(net))},
                            {"VATAmountFC", number(vat(net))},
                            {"YourRef", text(inv.yourRef)}});
        }
        return out;
    };
    return s;
}

ExactEntitySet ExactEntities::salesInvoiceLines() {
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
                                       {"AmountDC", number(l.amount)},
                                       {"AmountFC", number(l.amount)},
                                       {"CostCenter", text(l.costCenter)},
                                       {"CostUnit", text(l.costUnit)},
                                       {"Description", text(l.description)},
                                       {"Discount", number(l.discount)},
                                       {"Division", d.division},
                                       {"Employee", QJsonValue::Null},
                                       {"EndTime", date(first.addMonths(1))},
                                       {"InvoiceID", inv.id},
                                       {"Item", guid(l.itemId)},
                                       {"ItemCode", item ? text(item->code) : QJsonValue::Null},
                                       {"ItemDescription", item ? text(item->description) : QJsonValue::Null},
                                       {"LineNumber", l.lineNumber},
                                       {"NetPrice", number(l.netPrice)},
                                       {"Notes", QJsonValue::Null},
                                       {"Project", guid(l.project)},
                                       {"Quantity", number(l.quantity)},
                                       {"StartTime", date(first)},
                                       {"Subscription", QJsonValue::Null},
                                       {"UnitCode", "pc"},
                                       {"UnitPrice", number(l.unitPrice)},
                                       {"VATAmountDC", number(vat(l.amount))},
                                       {"VATCode", "2"},
                                       {"VATPercentage", 0.21}});
            }
        return out;
    };
    return s;
}

ExactEntitySet ExactEntities::items() {
    ExactEntitySet s;
    s.path = QStringLiteral("logistics/Items");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Logistics.Item");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::PathRelative;
    s.mandatoryFilterFields = {QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Modified")};
    s.fields = {{"ID", T::Guid},
                {"Code", T::String},
                {"CostPriceStandard", T::Double},
                {"Description", T::String},
                {"Division", T::Int32},
                {"IsPurchaseItem", T::Boolean},
                {"IsSalesItem", T::Boolean},
                {"Modified", T::DateTime},
                {"Unit", T::String}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactItem& i : d.items)
            out.append(QJsonObject{{"ID", i.id},
                                   {"Code", i.code},
                                   {"CostPriceStandard", number(i.costPriceStandard)},
                                   {"Description", text(i.description)},
                                   {"Division", d.division},
                                   {"IsPurchaseItem", true},
                                   {"IsSalesItem", true},
                                   {"Modified", date(QDate(2024, 1, 1))},
                                   {"Unit", "pc"}});
        return out;
    };
    return s;
}

ExactEntitySet ExactEntities::accounts() {
    ExactEntitySet s;
    s.path = QStringLiteral("crm/Accounts");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.CRM.Account");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::DotDotApi;
    s.mandatoryFilterFields = {QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Modified")};
    s.fields = {{"ID", T::Guid},           {"Blocked", T::Boolean}, {"ChamberOfCommerce", T::String},
                {"Code", T::String},       {"Country", T::String},  {"Division", T::Int32},
                {"Email", T::String},      {"IsSales", T::Boolean}, {"IsSupplier", T::Boolean},
                {"Modified", T::DateTime}, {"Name", T::String},     {"SearchCode", T::String},
                {"Status", T::String},     {"VATNumber", T::String}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactAccount& a : d.accounts)
            out.append(QJsonObject{{"ID", a.id},
                                   {"Blocked", false},
                                   {"ChamberOfCommerce", QJsonValue::Null},
                                   {"Code", a.code},
                                   {"Country", "NL"},
                                   {"Division", d.division},
                                   {"Email", QJsonValue::Null},
                                   {"IsSales", true},
                                   {"IsSupplier", true},
                                   {"Modified", date(QDate(2024, 1, 1))},
                                   {"Name", a.name},
                                   {"SearchCode", a.code.trimmed()},
                                   {"Status", "C"},
                                   {"VATNumber", QJsonValue::Null}});
        return out;
    };
    return s;
}

// Mandatory filtering like the other lookup sets (api/exact-online.md §2.7): a client that lists
// every project instead of asking for the month's ones is refused.
ExactEntitySet ExactEntities::projects() {
    ExactEntitySet s;
    s.path = QStringLiteral("project/Projects");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Project.Project");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::PathRelative;
    s.mandatoryFilterFields = {QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Modified")};
    s.fields = {{"ID", T::Guid},
                {"Account", T::Guid},
                {"Code", T::String},
                {"Description", T::String},
                {"Division", T::Int32},
                {"Modified", T::DateTime},
                {"StartDate", T::DateTime},
                {"Type", T::Int32}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactProject& p : d.projects)
            out.append(QJsonObject{{"ID", p.id},
                                   {"Account", QJsonValue::Null},
                                   {"Code", p.code},
                                   {"Description", text(p.description)},
                                   {"Division", d.division},
                                   {"Modified", date(QDate(2024, 1, 1))},
                                   {"StartDate", date(QDate(2024, 1, 1))},
                                   {"Type", 2}});
        return out;
    };
    return s;
}

} // namespace il::sandbox
