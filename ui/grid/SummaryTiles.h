#pragma once

#include "grid/StatusFilterProxy.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;

namespace il {
struct MonthResult;
}

namespace il::ui {

class SummaryTile;
struct DeviationAmounts;

// The row of figures above the grid: lines, OK, deviations, unlinked and the deviation amount.
// Each tile is also the grid's status filter: clicking one shows those lines (one is always
// chosen; "Lines" shows all).
class SummaryTiles : public QWidget {
    Q_OBJECT
public:
    explicit SummaryTiles(QWidget* parent = nullptr);

    void setResult(const MonthResult& result, const DeviationAmounts& amounts);
    void clear();
    void setFilter(StatusFilterProxy::Filter filter);
    StatusFilterProxy::Filter filter() const;
    SummaryTile* tile(StatusFilterProxy::Filter filter) const { return m_tiles.value(filter); }

signals:
    void filterChosen(StatusFilterProxy::Filter filter);

private:
    QMap<StatusFilterProxy::Filter, SummaryTile*> m_tiles;
    QButtonGroup* m_group;
};

} // namespace il::ui
