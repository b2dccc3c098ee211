#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QString>

namespace il {

// One line of the month's invoice, the same shape for every Exact Online source.
struct InvoiceLine {
    QString lineId;        // Exact line ID (GUID text, lower case, no braces)
    QString invoiceId;     // Exact invoice header ID
    QString invoiceNumber; // sales: InvoiceNumber; purchase: the supplier's number (YourRef)
    QDate invoiceDate;     // the UTC calendar date Exact sent
    int lineNumber = 0;
    QString customerKey;   // by the configured customer rule (see DESIGN §3 Linking)
    QString customerName;
    QString itemId;        // Exact item GUID
    QString itemCode;
    QString description;
    Decimal quantity;      // negative on credit lines
    // What is compared and pushed: the net price per unit (after a line discount), excluding VAT
    // and in the administration's currency, whatever the invoice's VAT code and currency.
    Decimal unitPrice;
    Decimal amount;        // line amount excluding VAT, in the administration's currency
    // How the invoice stated the price, so a row can be explained (issue 8, points 1 and 2).
    Decimal invoicedUnitPrice;    // per unit as invoiced: invoice currency, VAT as the VAT code says
    QString currency;             // the invoice's currency code as Exact sent it; empty when none
    bool foreignCurrency = false; // the invoice is in another currency than the administration's
    QString vatCode;              // the line's VAT code as Exact sent it
    bool vatIncluded = false;     // the invoiced price included VAT (VAT code type I)
    // How far unitPrice may be from the price the supplier charged: 0 when the line states its
    // price; a financial entry books only its amount in cents, so its price is known to within
    // half a cent over the quantity, and the comparison allows that much more.
    Decimal priceUncertainty;
    QString costCenter;
    QString costUnit;
    QString project;

    bool isCredit() const { return quantity.isNegative() || amount.isNegative(); }
    bool operator==(const InvoiceLine&) const = default;
};

} // namespace il
