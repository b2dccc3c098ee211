#include "grid/DeviationDelegate.h"

#include "grid/GridColours.h"
#include "grid/GridRoles.h"

#include "domain/LineDecision.h"

namespace il::ui {

void DeviationDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == StatusColumn) {
        const auto status = LineStatus(index.data(StatusRole).toInt());
        // A dismissed line is settled: its status no longer looks like a warning.
        const bool dismissed = LineDecision(index.data(DecisionRole).toInt()) == LineDecision::Dismissed;
        option->backgroundBrush = GridColours::tint(
            option->palette, dismissed ? GridColours::Kind::Neutral : GridColours::kindOf(status));
        return;
    }
    if (index.data(DeviationRole).toBool())
        option->backgroundBrush = GridColours::tint(option->palette, GridColours::Kind::Warning);
}

} // namespace il::ui
