#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QString>

namespace il {

// A ConnectWise agreement addition (/finance/agreements/{id}/additions). Its quantity, unit cost
// and unit price are what ConnectWise sent: a record without them fails to read (CwParser).
struct Addition {
    int id = 0;
    int agreementId = 0;
    int productId = 0;
    QString productIdentifier;
    QString description;
    Decimal quantity;
    Decimal unitCost;
    Decimal unitPrice;
    QString billCustomer; // Billable, DoNotBill, NoCharge
    QDate effectiveDate;  // null when not set
    QDate cancelledDate;  // null when not cancelled
    QString lastUpdated;  // _info.lastUpdated as sent: the only change marker ConnectWise has

    bool operator==(const Addition&) const = default;
};

} // namespace il
