#include "grid/OutcomeFilterProxy.h"

#include "log/TransferTableModel.h"

namespace il::ui {

OutcomeFilterProxy::OutcomeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TransferTableModel::SortRole);
}

void OutcomeFilterProxy::setOutcome(std::optional<TransferOutcome> outcome) {
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateRowsFilter();
}

bool OutcomeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_outcome)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(TransferTableModel::OutcomeRole).toString() == toString(*m_outcome);
}

} // namespace il::ui
