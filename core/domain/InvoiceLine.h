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
    Decimal unitPrice;     // net price per unit (after a line discount)
    Decimal amount;        // line amount excluding VAT
    QString costCenter;
    QString costUnit;
    QString project;

    bool isCredit() const { return quantity.isNegative() || amount.isNegative(); }
};

} // namespace il
