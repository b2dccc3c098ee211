#pragma once

#include "money/Decimal.h"
#include "reconcile/LineStatus.h"

#include <QList>
#include <QString>

namespace il {

// The validator's verdict on one linked line, with the ConnectWise side it was compared with.
struct Finding {
    LineStatus status = LineStatus::Unlinked;
    QString reason;
    QList<int> additionIds;     // the active additions of the line's product on its agreement
    bool severalAdditions = false; // several active additions: compared summed, never pushed
    Decimal invoiceQuantity;    // the group's summed quantity (credit lines subtract)
    Decimal cwQuantity;         // the additions' summed quantity
    Decimal cwUnitCost;
    Decimal cwUnitPrice;
    Decimal cwComparedPrice;    // unitCost or unitPrice, by the setting
    Decimal priceDifference;    // line price − ConnectWise price
    Decimal quantityDifference; // invoice group quantity − ConnectWise quantity
    int groupSize = 1;
    // The one line of a group that carries the group's difference and deviation amount; the
    // other lines of the group carry none, so a column total (grid, Excel) counts a group once.
    bool groupLead = true;

    bool hasAddition() const { return !additionIds.isEmpty(); }
    bool needsAttention() const { return status != LineStatus::Ok; }
    bool operator==(const Finding&) const = default;
};

// An addition active in the month on a linked agreement, whose product is invoiced this month
// but on no line of that agreement.
struct ExtraAddition {
    int agreementId = 0;
    int additionId = 0;
    QString productIdentifier;
    Decimal quantity;
};

} // namespace il
