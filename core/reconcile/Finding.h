#pragma once

#include "money/Decimal.h"
#include "reconcile/LineStatus.h"

#include <QList>
#include <QString>

#include <QtGlobal>

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
    // The validator makes the group's first line (in the invoice's order) its lead.
    bool groupLead = true;
    // The lines of the group (indexes into the validated lines, invoice order, this one
    // included) and their quantities, so a row can say "Σ 133 = 136 − 3 (2 lines)" and a
    // front end can show the group; empty for a line that is not linked.
    QList<qsizetype> groupLines;
    QList<Decimal> groupQuantities;
    // The money the group's deviation is about, on the lead line only (0 on the others and when
    // the group does not count, see countsInDeviationAmount): the group's invoice amount minus
    // ConnectWise quantity × compared price (no addition: the whole invoice amount).
    Decimal deviationAmount;
    // The tolerances the verdict used (the price tolerance includes the line's own uncertainty).
    Decimal priceTolerance;
    Decimal quantityTolerance;
    // Additions of the line's product on its agreement that exist but do not count for the month
    // (cancelled before it, or starting after it): the reason a line has no addition.
    QList<int> inactiveAdditionIds;

    bool hasAddition() const { return !additionIds.isEmpty(); }
    bool isGrouped() const { return groupLines.size() > 1; }
    bool needsAttention() const { return status != LineStatus::Ok; }
    bool operator==(const Finding&) const = default;
};

// Whether a line of this status makes its group count in the month's deviation amount: only
// quantity, price and missing-addition deviations are about money ConnectWise bills.
inline bool countsInDeviationAmount(LineStatus status) {
    return status == LineStatus::QuantityMismatch || status == LineStatus::PriceMismatch ||
           status == LineStatus::PriceAndQuantityMismatch || status == LineStatus::NoAddition;
}

// An addition active in the month on a linked agreement, whose product is invoiced this month
// but on no line of that agreement.
struct ExtraAddition {
    int agreementId = 0;
    int additionId = 0;
    QString productIdentifier;
    Decimal quantity;
};

} // namespace il
