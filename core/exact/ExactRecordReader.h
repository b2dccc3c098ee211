#pragma once

#include "domain/InvoiceLine.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace il {

class JsonRecord;

// An invoice header as the month's load needs it.
struct ExactInvoiceHeader {
    QString id;      // GUID, lower case
    QDate date;      // the UTC calendar date of InvoiceDate
    QString number;  // purchase: YourRef, else EntryNumber; sales: InvoiceNumber
    QString account; // purchase: Supplier; sales: InvoiceTo, else OrderedBy; may be empty
    QString currency; // the invoice's currency code as sent (trimmed); may be empty
    // Invoice currency → administration currency. Purchase: ExchangeRate as sent (AmountDC =
    // Amount × ExchangeRate, direction inferred from Exact's RateFC); sales: AmountDC ÷ AmountFC.
    Decimal exchangeRate = Decimal::fromInt(1);
    // Purchase: ExchangeRate ≠ 1; sales: the header's AmountDC ≠ AmountFC.
    bool foreign = false;
};

// One vat/VATCodes row: Type B (0 %, base amount only), E (excluding), I (including), N (no VAT).
struct ExactVatCode {
    QString code;       // trimmed
    QString type;       // one of B, E, I, N
    Decimal percentage; // a fraction: 0.21
};

// A purchaseentry/PurchaseEntries header (issue 8 point 4): the invoice header's fields (date =
// EntryDate; number = YourRef, else EntryNumber; account = Supplier) and what the entry says about
// its currency.
struct ExactEntryHeader : ExactInvoiceHeader {
    QString currency; // Currency as Exact sent it; empty when none
    Decimal amountDC; // the entry's total in the administration's currency
    Decimal amountFC; // the same in the entry's currency: differs from amountDC for a foreign one
};

// One crm/Accounts, logistics/Items or project/Projects row (an item has no name here).
struct ExactLookupRow {
    QString id;
    QString code; // trimmed: Exact pads codes with spaces
    QString name;
};

// Exact Online records → values, strictly (issue 7): every field a comparison, a link or a write
// depends on is read or the record fails with an ApiError(Parse) naming Exact Online, the
// endpoint, the record's ID and the field. Ids must be GUIDs; Quantity, the amount and the price
// must be finite numbers in range; InvoiceDate must be a date. Optional references (Item,
// Supplier...) may be null but not garbage; text fields may be null but not objects.
// Pure functions of one JSON object: the fuzzer drives them directly.
class ExactRecordReader {
public:
    static ExactInvoiceHeader purchaseHeader(const QJsonObject& row);
    static ExactInvoiceHeader salesHeader(const QJsonObject& row);
    // The line's own fields; invoiceNumber, invoiceDate and the customer come from its header.
    static InvoiceLine purchaseLine(const QJsonObject& row);
    static InvoiceLine salesLine(const QJsonObject& row);
    // purchaseentry/PurchaseEntries and PurchaseEntryLines. An entry line has no Item and no price
    // (picqer PurchaseEntryLine.php): amount = AmountDC (required), unitPrice = AmountDC ÷
    // Quantity and invoicedUnitPrice = AmountFC ÷ Quantity in exact decimals; a null Quantity
    // reads as 0 and leaves both prices 0 (the source refuses such a line once it names an item).
    // invoiceId is the line's EntryID.
    static ExactEntryHeader purchaseEntryHeader(const QJsonObject& row);
    static InvoiceLine purchaseEntryLine(const QJsonObject& row);
    static ExactLookupRow account(const QJsonObject& row);
    static ExactLookupRow item(const QJsonObject& row);
    // project/Projects: Code (required, trimmed) and Description as the name.
    static ExactLookupRow project(const QJsonObject& row);
    // vat/VATCodes: Code (required), Type (B, E, I or N) and Percentage (required).
    static ExactVatCode vatCode(const QJsonObject& row);
    // The line's VATPercentage (a fraction) as Exact applied it; nullopt when absent or null.
    static std::optional<Decimal> purchaseLineVatPercentage(const QJsonObject& row);
    static std::optional<Decimal> salesLineVatPercentage(const QJsonObject& row);

    // The line's price per unit after discount: NetPrice; UnitPrice only when NetPrice is
    // absent or null. A NetPrice that is there but unreadable fails: no fallback hides it.
    static Decimal netPrice(const JsonRecord& line);

private:
    static InvoiceLine line(const QJsonObject& row, const QString& endpoint, const QString& amountField,
                            bool hasItemCode);
    static QString guid(const JsonRecord& r, const QString& field);
    static QString optionalGuid(const JsonRecord& r, const QString& field);
    static QDate date(const JsonRecord& r, const QString& field);
};

} // namespace il
