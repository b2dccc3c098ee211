#pragma once

#include "reconcile/LineStatus.h"

#include <QSortFilterProxyModel>

namespace il::ui {

// Keeps the grid's rows of one kind, as the summary tiles choose: all lines, the OK ones, the
// deviations (anything that needs attention but a link), the unlinked ones, or the lines whose
// money differs (quantity, price, missing addition); or the lines a person dismissed or
// accepted (issue 10). Reads StatusRole, and DecisionRole for the last two.
//
// The filter applies when it is chosen, not on every change: a row the user just pushed stays in
// view (showing its outcome) until a tile is clicked again.
class StatusFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Filter { All, Ok, Deviations, Unlinked, MoneyDeviations, Dismissed, Accepted };
    Q_ENUM(Filter)

    explicit StatusFilterProxy(QObject* parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    // For the decision filters the status alone does not tell: true.
    static bool accepts(Filter filter, LineStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace il::ui
