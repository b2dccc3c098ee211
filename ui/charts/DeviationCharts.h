#pragma once

#include "charts/ChartData.h"

#include <QImage>
#include <QSize>
#include <QWidget>

class QChart;
class QChartView;

namespace il::ui {

// The deviation amount where people would rather look than read: a bar per month over the months
// in the database, and the loaded month's customers with the largest deviation amount. Lives in
// the Charts dialog; renderImage() draws the same offscreen for the PNG beside an exported report.
class DeviationCharts : public QWidget {
    Q_OBJECT
public:
    explicit DeviationCharts(QWidget* parent = nullptr);

    void setData(const ChartData& data);
    QChartView* monthsView() const { return m_months; }
    QChartView* customersView() const { return m_customers; }

    // Both charts side by side on a white background, without showing anything on screen.
    static QImage renderImage(const ChartData& data, QSize size = QSize(1400, 560));
    // report.xlsx → report-chart.png, beside it.
    static QString pngPathFor(const QString& reportPath);
    // UserError-free: false (and the reason in *error) when the PNG cannot be written.
    static bool savePng(const ChartData& data, const QString& path, QString* error = nullptr);

private:
    void fill(const ChartData& data, bool dark);

    QChartView* m_months;
    QChartView* m_customers;
};

} // namespace il::ui
