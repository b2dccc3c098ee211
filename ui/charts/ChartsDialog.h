#pragma once

#include "charts/ChartData.h"

#include <QDialog>

namespace il::ui {

class DeviationCharts;

// View ▸ Charts: the deviation charts in a window of their own, beside the grid.
class ChartsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChartsDialog(const ChartData& data, QWidget* parent = nullptr);
    void setData(const ChartData& data);
    DeviationCharts* charts() const { return m_charts; }

private:
    DeviationCharts* m_charts;
};

} // namespace il::ui
