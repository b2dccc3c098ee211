#include "exact/ExactRecordReader.h"

#include "exact/ODataJson.h"
#include "net/JsonRecord.h"

namespace il {

namespace {
const QString kSystem = QStringLiteral("Exact Online");

JsonRecord record(const QJsonObject& row, const QString& endpoint, const QString& kind) {
    return JsonRecord(row, kSystem, QStringLiteral("GET ") + endpoint, kind);
}
} // namespace

QString ExactRecordReader::guid(const JsonRecord& r, const QString& field) {
    if (const auto g = ODataJson::strictGuid(r.value(field)))
        return *g;
    r.fail(field);
}

QString ExactRecordReader::optionalGuid(const JsonRecord& r, const QString& field) {
    if (r.isAbsentOrNull(field) || ODataJson::isDeferred(r.value(field)))
        return {};
    return guid(r, field);
}

QDate ExactRecordReader::date(const JsonRecord& r, const QString& field) {
    if (const auto t = ODataJson::dateTime(r.value(field)))
        return t->date();
    r.fail(field);
}

Decimal ExactRecordReader::netPrice(const JsonRecord& line) {
    if (!line.isAbsentOrNull(QStringLiteral("NetPrice")))
        return line.decimal(QStringLiteral("NetPrice"));
    return line.decimal(QStringLiteral("UnitPrice"));
}

ExactInvoiceHeader ExactRecordReader::purchaseHeader(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("purchase/PurchaseInvoices"), QStringLiteral("invoice"));
    ExactInvoiceHeader h;
    h.id = guid(r, QStringLiteral("ID"));
    r.identify(h.id);
    h.date = date(r, QStringLiteral("InvoiceDate"));
    h.number = r.text(QStringLiteral("YourRef")).trimmed();
    if (h.number.isEmpty())
        h.number = r.text(QStringLiteral("EntryNumber")).trimmed();
    h.account = optionalGuid(r, QStringLiteral("Supplier"));
    h.currency = r.text(QStringLiteral("Currency")).trimmed();
    // The rate converts every price of the invoice: a missing or non-positive one fails.
    h.exchangeRate = r.decimal(QStringLiteral("ExchangeRate"));
    if (h.exchangeRate <= Decimal())
        r.fail(QStringLiteral("ExchangeRate"));
    h.foreign = h.exchangeRate != Decimal::fromInt(1);
    return h;
}

ExactInvoiceHeader ExactRecordReader::salesHeader(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("salesinvoice/SalesInvoices"), QStringLiteral("invoice"));
    ExactInvoiceHeader h;
    h.id = guid(r, QStringLiteral("InvoiceID"));
    r.identify(h.id);
    h.date = date(r, QStringLiteral("InvoiceDate"));
    h.number = r.text(QStringLiteral("InvoiceNumber")).trimmed();
    h.account = optionalGuid(r, QStringLiteral("InvoiceTo"));
    if (h.account.isEmpty())
        h.account = optionalGuid(r, QStringLiteral("OrderedBy"));
    h.currency = r.text(QStringLiteral("Currency")).trimmed();
    // Sales headers carry no rate: both totals say whether the invoice is foreign, and their
    // ratio is the rate a line without a quantity is converted at.
    const Decimal dc = r.decimal(QStringLiteral("AmountDC"));
    const Decimal fc = r.decimal(QStringLiteral("AmountFC"));
    h.foreign = dc != fc;
    if (h.foreign) {
        if (fc.isZero())
            r.fail(QStringLiteral("AmountFC"), QStringLiteral("is 0 while AmountDC is %1").arg(dc.toString()));
        h.exchangeRate = dc / fc;
    }
    return h;
}

InvoiceLine ExactRecordReader::line(const QJsonObject& row, const QString& endpoint, const QString& amountField,
                                    bool hasItemCode) {
    JsonRecord r = record(row, endpoint, QStringLiteral("line"));
    InvoiceLine l;
    l.lineId = guid(r, QStringLiteral("ID"));
    r.identify(l.lineId);
    l.invoiceId = guid(r, QStringLiteral("InvoiceID"));
    r.identify(l.lineId, QStringLiteral(" of invoice ") + l.invoiceId);
    l.lineNumber = r.integer(QStringLiteral("LineNumber"));
    l.itemId = optionalGuid(r, QStringLiteral("Item"));
    if (hasItemCode)
        l.itemCode = r.text(QStringLiteral("ItemCode")).trimmed();
    l.description = r.text(QStringLiteral("Description"));
    l.quantity = r.decimal(QStringLiteral("Quantity"));
    l.unitPrice = netPrice(r); // as invoiced, until LinePricing takes VAT and currency out
    l.invoicedUnitPrice = l.unitPrice;
    l.amount = r.decimal(amountField);
    l.vatCode = r.text(QStringLiteral("VATCode")).trimmed();
    l.costCenter = r.text(QStringLiteral("CostCenter"));
    l.costUnit = r.text(QStringLiteral("CostUnit"));
    // An Edm.Guid (issue 8): the project's code comes from project/Projects.
    l.project = optionalGuid(r, QStringLiteral("Project"));
    return l;
}

InvoiceLine ExactRecordReader::purchaseLine(const QJsonObject& row) {
    return line(row, QStringLiteral("purchase/PurchaseInvoiceLines"), QStringLiteral("Amount"), false);
}

InvoiceLine ExactRecordReader::salesLine(const QJsonObject& row) {
    return line(row, QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines"), QStringLiteral("AmountDC"), true);
}

ExactEntryHeader ExactRecordReader::purchaseEntryHeader(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("purchaseentry/PurchaseEntries"), QStringLiteral("entry"));
    ExactEntryHeader h;
    h.id = guid(r, QStringLiteral("EntryID"));
    r.identify(h.id);
    h.date = date(r, QStringLiteral("EntryDate"));
    h.number = r.text(QStringLiteral("YourRef")).trimmed();
    if (h.number.isEmpty())
        h.number = r.text(QStringLiteral("EntryNumber")).trimmed();
    h.account = optionalGuid(r, QStringLiteral("Supplier"));
    h.currency = r.text(QStringLiteral("Currency")).trimmed();
    // Both totals decide whether the entry is foreign: neither may be guessed.
    h.amountDC = r.decimal(QStringLiteral("AmountDC"));
    h.amountFC = r.decimal(QStringLiteral("AmountFC"));
    return h;
}

InvoiceLine ExactRecordReader::purchaseEntryLine(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("purchaseentry/PurchaseEntryLines"), QStringLiteral("line"));
    InvoiceLine l;
    l.lineId = guid(r, QStringLiteral("ID"));
    r.identify(l.lineId);
    l.invoiceId = guid(r, QStringLiteral("EntryID"));
    r.identify(l.lineId, QStringLiteral(" of entry ") + l.invoiceId);
    l.lineNumber = r.integer(QStringLiteral("LineNumber"));
    l.description = r.text(QStringLiteral("Description"));
    // A financial line need not state a quantity; without one it has no price per unit.
    l.quantity = r.optionalDecimal(QStringLiteral("Quantity")).value_or(Decimal());
    l.amount = r.decimal(QStringLiteral("AmountDC"));
    const Decimal amountFC = r.decimal(QStringLiteral("AmountFC"));
    if (!l.quantity.isZero()) {
        l.unitPrice = l.amount / l.quantity;
        l.invoicedUnitPrice = amountFC / l.quantity;
        // Booked in cents: any price within half a cent of the amount, over the quantity, books
        // as the same amount (19 × 4.992 = 94.848 → 94.85 → 4.992105), so the comparison allows it.
        if (l.amount == l.amount.rounded(2))
            l.priceUncertainty = Decimal::fromString(u"0.005") / l.quantity.abs();
    }
    l.vatCode = r.text(QStringLiteral("VATCode")).trimmed();
    l.costCenter = r.text(QStringLiteral("CostCenter"));
    l.costUnit = r.text(QStringLiteral("CostUnit"));
    l.project = optionalGuid(r, QStringLiteral("Project"));
    return l;
}

ExactLookupRow ExactRecordReader::account(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("crm/Accounts"), QStringLiteral("account"));
    ExactLookupRow a;
    a.id = guid(r, QStringLiteral("ID"));
    r.identify(a.id);
    a.code = r.text(QStringLiteral("Code")).trimmed();
    a.name = r.text(QStringLiteral("Name"));
    return a;
}

ExactLookupRow ExactRecordReader::item(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("logistics/Items"), QStringLiteral("item"));
    ExactLookupRow i;
    i.id = guid(r, QStringLiteral("ID"));
    r.identify(i.id);
    // The code is what links the line to a ConnectWise product: an item without one is broken.
    i.code = r.requiredText(QStringLiteral("Code")).trimmed();
    return i;
}

ExactLookupRow ExactRecordReader::project(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("project/Projects"), QStringLiteral("project"));
    ExactLookupRow p;
    p.id = guid(r, QStringLiteral("ID"));
    r.identify(p.id);
    // The code is the customer key under customer_key=project: a project without one is broken.
    p.code = r.requiredText(QStringLiteral("Code")).trimmed();
    p.name = r.text(QStringLiteral("Description")).trimmed();
    return p;
}

ExactVatCode ExactRecordReader::vatCode(const QJsonObject& row) {
    JsonRecord r = record(row, QStringLiteral("vat/VATCodes"), QStringLiteral("VAT code"));
    ExactVatCode v;
    v.code = r.requiredText(QStringLiteral("Code")).trimmed();
    r.identify(v.code);
    // The type decides whether VAT is taken out of the price: an unknown one is no guess.
    v.type = r.requiredText(QStringLiteral("Type")).trimmed().toUpper();
    if (v.type != u"B" && v.type != u"E" && v.type != u"I" && v.type != u"N")
        r.fail(QStringLiteral("Type"));
    v.percentage = r.decimal(QStringLiteral("Percentage"));
    if (v.percentage.isNegative())
        r.fail(QStringLiteral("Percentage"));
    return v;
}

namespace {
std::optional<Decimal> lineVatPercentage(const QJsonObject& row, const QString& endpoint) {
    JsonRecord r = record(row, endpoint, QStringLiteral("line"));
    r.identify(ODataJson::text(row.value(u"ID")));
    const std::optional<Decimal> p = r.optionalDecimal(QStringLiteral("VATPercentage"));
    if (p && p->isNegative())
        r.fail(QStringLiteral("VATPercentage"));
    return p;
}
} // namespace

std::optional<Decimal> ExactRecordReader::purchaseLineVatPercentage(const QJsonObject& row) {
    return lineVatPercentage(row, QStringLiteral("purchase/PurchaseInvoiceLines"));
}

std::optional<Decimal> ExactRecordReader::salesLineVatPercentage(const QJsonObject& row) {
    return lineVatPercentage(row, QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines"));
}

} // namespace il
