#include "charts/ChartData.h"

#include "engine/Workspace.h"
#include "log/LogCategories.h"
#include "reconcile/MonthRun.h"

namespace il::ui {

ChartData ChartData::collect(Workspace& workspace) {
    ChartData data;
    try {
        data.months = workspace.deviationByMonth();
    } catch (const std::exception& e) {
        qCWarning(lcUi).noquote() << "the months' deviation amounts could not be read:" << e.what();
    }
    if (const MonthRun* run = workspace.currentRun(); run && run->result().month.isValid()) {
        data.month = run->result().month.toString(QStringLiteral("yyyy-MM"));
        data.customers = MonthDeviation::topCustomers(run->result().records, TopCustomers);
    }
    return data;
}

} // namespace il::ui
