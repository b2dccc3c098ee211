#include "grid/DeviationAmounts.h"

#include "reconcile/MonthDeviation.h"

namespace il::ui {

bool DeviationAmounts::counts(LineStatus status) {
    return countsInDeviationAmount(status);
}

DeviationAmounts DeviationAmounts::compute(const MonthResult& result) {
    // One figure for the grid, the exports and the charts: core's MonthDeviation adds it up.
    const MonthDeviation month = MonthDeviation::compute(result.records);
    return {month.perLine, month.total, month.groups};
}

} // namespace il::ui
