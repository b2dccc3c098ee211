#pragma once

#include "domain/PriceField.h"
#include "money/Decimal.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"

#include <QAbstractTableModel>
#include <QHash>

namespace il::ui {

// The rows of the push review: one row per field a push changes (before → after), then one row
// per correction that cannot be pushed, with the reason. A new addition whose catalog item has no
// price (PushAction::needsPrice) shows its rows with the price's After cell editable: the user
// types it (0 only on purpose) and PushPlanner::supplyPrice makes the action pushable. Also works
// out the totals: how many changes, the summed quantity change and the change of ConnectWise's
// monthly amount (quantity × compared price).
class PushReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        AgreementColumn,
        ProductColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit PushReviewModel(QObject* parent = nullptr);

    void setActions(const QList<PushAction>& actions, const MonthResult& result,
                    const CwDirectory& directory);

    QList<PushAction> pushable() const;
    int changeCount() const { return m_changeCount; }
    int skippedCount() const; // rows that only say why they cannot be pushed
    // New additions still waiting for the price the catalog lacks; nothing is pushed until 0.
    int missingPrices() const;
    // The After cell where a missing price is typed; invalid when action needs none.
    QModelIndex priceIndex(qsizetype action) const;
    Decimal quantityDelta() const { return m_quantityDelta; }
    Decimal amountDelta() const { return m_amountDelta; }
    // The ConnectWise monthly amount an action changes: after minus before.
    static Decimal amountChange(const PushAction& action, PriceField comparedPriceField);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A typed price: an exact decimal ≥ 0 ("12.50"); empty clears it; anything else is refused.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void pricesChanged();

private:
    struct Row {
        qsizetype action = 0;
        qsizetype change = -1; // -1: the action is skipped; the row carries its reason
    };
    QString customerOf(const PushAction& action) const;
    // The action with the price the user typed, if any.
    PushAction effective(qsizetype action) const;
    bool isPriceCell(const QModelIndex& index) const;
    void computeTotals();

    QList<PushAction> m_actions;
    QHash<qsizetype, Decimal> m_prices; // typed prices, by action
    QList<Row> m_rows;
    MonthResult m_result;
    CwDirectory m_directory;
    int m_changeCount = 0;
    Decimal m_quantityDelta;
    Decimal m_amountDelta;
};

} // namespace il::ui
