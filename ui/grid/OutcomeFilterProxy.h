#pragma once

#include "domain/Transfer.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace il::ui {

// Shows only the transfers of one outcome (all when none is set) and sorts by the source's
// numeric sort role. Reads TransferTableModel::OutcomeRole.
class OutcomeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OutcomeFilterProxy(QObject* parent = nullptr);

    void setOutcome(std::optional<TransferOutcome> outcome);
    std::optional<TransferOutcome> outcome() const { return m_outcome; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<TransferOutcome> m_outcome;
};

} // namespace il::ui
