#pragma once

#include "money/Decimal.h"
#include "reconcile/MonthResult.h"

#include <QList>

namespace il::ui {

// The money a deviation is about, for the grid's Difference column and the summary tile: per
// group of lines that share a link (the validator's group), the invoice amount of its lines minus
// ConnectWise's quantity × compared price (Finding::deviationAmount, on the group's lead line).
// Only quantity, price and missing-addition deviations count; each group counts once in the
// total, as an absolute amount, so the column's absolute values add up to the tile.
struct DeviationAmounts {
    QList<Decimal> perLine; // parallel to MonthResult::lines; the group's amount on its lead, else 0
    Decimal total;
    int groups = 0; // how many groups the total adds up

    static DeviationAmounts compute(const MonthResult& result);
    static bool counts(LineStatus status);
};

} // namespace il::ui
