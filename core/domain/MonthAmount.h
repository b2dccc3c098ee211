#pragma once

#include "money/Decimal.h"

#include <QString>

namespace il {

// An amount of one month, e.g. the month's deviation amount in a chart of the months.
struct MonthAmount {
    QString month; // YYYY-MM
    Decimal amount;
    bool operator==(const MonthAmount&) const = default;
};

} // namespace il
