#pragma once

#include <QStyledItemDelegate>

namespace il::ui {

// Paints the grid's plain cells: a deviating cell (DeviationRole) on a warm tint, the status
// cell tinted by its kind (OK, deviation, unlinked). Tints come from GridColours, so they follow
// the palette.
class DeviationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace il::ui
