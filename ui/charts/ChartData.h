#pragma once

#include "domain/MonthAmount.h"
#include "reconcile/MonthDeviation.h"

#include <QList>
#include <QString>

#include <vector>

namespace il {
class Workspace;
}

namespace il::ui {

// What the deviation charts show: the deviation amount of every month in the database, and the
// customers with the largest deviation amount in the loaded month.
struct ChartData {
    std::vector<MonthAmount> months;
    QList<MonthDeviation::Customer> customers;
    QString month; // the loaded month, YYYY-MM; empty when none

    static constexpr int TopCustomers = 10;
    // From the engine: the months' series and the current run's month. A database that cannot be
    // read leaves the months empty (the charts say there is nothing yet) instead of failing.
    static ChartData collect(Workspace& workspace);
};

} // namespace il::ui
