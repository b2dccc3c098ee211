#pragma once

#include "money/Decimal.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"

#include <QAbstractTableModel>

namespace il::ui {

// The rows of the push review: one row per field a push changes (before → after), then one row
// per correction that cannot be pushed, with the reason. Also works out the totals: how many
// changes, the summed quantity change and the change of ConnectWise's monthly amount
// (quantity × compared price).
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
    int skippedCount() const { return int(m_actions.size() - pushable().size()); }
    Decimal quantityDelta() const { return m_quantityDelta; }
    Decimal amountDelta() const { return m_amountDelta; }
    // The ConnectWise monthly amount an action changes: after minus before.
    static Decimal amountChange(const PushAction& action, const QString& comparedPriceField);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qsizetype action = 0;
        qsizetype change = -1; // -1: the action is skipped; the row carries its reason
    };
    QString customerOf(const PushAction& action) const;

    QList<PushAction> m_actions;
    QList<Row> m_rows;
    MonthResult m_result;
    CwDirectory m_directory;
    int m_changeCount = 0;
    Decimal m_quantityDelta;
    Decimal m_amountDelta;
};

} // namespace il::ui
