#include "grid/StatusFilterProxy.h"

#include "grid/DeviationAmounts.h"
#include "grid/GridRoles.h"

#include "domain/LineDecision.h"

namespace il::ui {

StatusFilterProxy::StatusFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(false);
}

void StatusFilterProxy::setFilter(Filter filter) {
    m_filter = filter;
    // invalidate() re-maps in one layout change; invalidateFilter() would announce every removed
    // range on its own, which costs the proxies and the view above quadratic time at 100,000 rows.
    invalidate();
}

bool StatusFilterProxy::accepts(Filter filter, LineStatus status) {
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Ok:
        return status == LineStatus::Ok;
    case Filter::Deviations:
        return status != LineStatus::Ok && status != LineStatus::Unlinked;
    case Filter::Unlinked:
        return status == LineStatus::Unlinked;
    case Filter::MoneyDeviations:
        return DeviationAmounts::counts(status);
    case Filter::Dismissed:
    case Filter::Accepted:
        return true;
    }
    return true;
}

bool StatusFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_filter == Filter::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter == Filter::Dismissed || m_filter == Filter::Accepted)
        return LineDecision(index.data(DecisionRole).toInt()) ==
               (m_filter == Filter::Dismissed ? LineDecision::Dismissed : LineDecision::Accepted);
    if (accepts(m_filter, LineStatus(index.data(StatusRole).toInt())))
        return true;
    // A group's lead carries the group's amount even when only another line of it deviates (in
    // price): the deviation amount tile shows it too, so the shown column adds up to the tile.
    return m_filter == Filter::MoneyDeviations &&
           sourceModel()->index(sourceRow, DifferenceColumn, sourceParent).data(DeviationRole).toBool();
}

} // namespace il::ui
