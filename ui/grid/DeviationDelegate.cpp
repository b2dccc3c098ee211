#include "grid/DeviationDelegate.h"

#include "grid/GridColours.h"
#include "grid/GridRoles.h"

namespace il::ui {

void DeviationDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == StatusColumn) {
        const auto status = LineStatus(index.data(StatusRole).toInt());
        option->backgroundBrush = GridColours::tint(option->palette, GridColours::kindOf(status));
        return;
    }
    if (index.data(DeviationRole).toBool())
        option->backgroundBrush = GridColours::tint(option->palette, GridColours::Kind::Warning);
}

} // namespace il::ui
