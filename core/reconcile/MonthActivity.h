#pragma once

#include "domain/Addition.h"
#include "domain/Agreement.h"

#include <QDate>

namespace il {

// DESIGN §3 Validation: when an agreement or addition counts as active in a month.
class MonthActivity {
public:
    // month: any day of the month.
    static QDate firstDay(QDate month) { return QDate(month.year(), month.month(), 1); }
    static QDate lastDay(QDate month) { return firstDay(month).addMonths(1).addDays(-1); }

    // Status Active and start/end dates (when set) overlapping the month.
    static bool agreementActive(const Agreement& agreement, QDate month);
    // effectiveDate ≤ last day (or empty) and cancelledDate empty or ≥ first day.
    static bool additionActive(const Addition& addition, QDate month);
};

} // namespace il
