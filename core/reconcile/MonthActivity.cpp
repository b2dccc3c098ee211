#include "reconcile/MonthActivity.h"

namespace il {

bool MonthActivity::agreementActive(const Agreement& agreement, QDate month) {
    if (agreement.status.compare(QLatin1String("Active"), Qt::CaseInsensitive) != 0 || agreement.cancelled)
        return false;
    if (agreement.startDate.isValid() && agreement.startDate > lastDay(month))
        return false;
    if (agreement.endDate.isValid() && agreement.endDate < firstDay(month))
        return false;
    return true;
}

bool MonthActivity::additionActive(const Addition& addition, QDate month) {
    if (addition.effectiveDate.isValid() && addition.effectiveDate > lastDay(month))
        return false;
    if (addition.cancelledDate.isValid() && addition.cancelledDate < firstDay(month))
        return false;
    return true;
}

} // namespace il
