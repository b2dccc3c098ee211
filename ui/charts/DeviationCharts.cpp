#include "charts/DeviationCharts.h"

#include "settings/PrivateFiles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QSaveFile>
#include <QValueAxis>

#include <algorithm>

namespace il::ui {
namespace {

// Drawing needs a floating-point value; the amounts stay Decimal everywhere else.
qreal plotted(const Decimal& amount) {
    return qreal(amount.raw()) / qreal(Decimal::Factor);
}

QChart* barChart(const QString& title, QAbstractBarSeries* series, const QStringList& categories, bool dark,
                 bool horizontal) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // a PNG is drawn at once
    chart->legend()->hide();
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    auto* values = new QValueAxis;
    values->setMin(0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    // Room above the largest bar, so it never touches the frame, then round numbers.
    qreal largest = 0;
    for (const QBarSet* set : series->barSets())
        for (int i = 0; i < set->count(); ++i)
            largest = std::max(largest, set->at(i));
    values->setRange(0, largest > 0 ? largest * 1.08 : 1);
    values->applyNiceNumbers();
    return chart;
}

} // namespace

DeviationCharts::DeviationCharts(QWidget* parent)
    : QWidget(parent)
    , m_months(new QChartView(this))
    , m_customers(new QChartView(this)) {
    m_months->setObjectName(QStringLiteral("monthsChart"));
    m_customers->setObjectName(QStringLiteral("customersChart"));
    for (QChartView* v : {m_months, m_customers}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(360, 260);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_months, 1);
    layout->addWidget(m_customers, 1);
}

void DeviationCharts::setData(const ChartData& data) {
    fill(data, palette().color(QPalette::Window).lightness() < 128);
}

void DeviationCharts::fill(const ChartData& data, bool dark) {
    auto* perMonth = new QBarSet(tr("Deviation amount"));
    QStringList months;
    for (const MonthAmount& m : data.months) {
        *perMonth << plotted(m.amount);
        months << m.month;
    }
    auto* monthSeries = new QBarSeries;
    monthSeries->append(perMonth);
    const QString monthsTitle = data.months.empty() ? tr("Deviation amount per month: no months recorded yet")
                                                    : tr("Deviation amount per month");
    QChart* oldMonths = m_months->chart();
    m_months->setChart(barChart(monthsTitle, monthSeries, months, dark, false));
    delete oldMonths;

    // A horizontal bar chart draws its first category at the bottom: the largest goes last.
    auto* perCustomer = new QBarSet(tr("Deviation amount"));
    QStringList customers;
    for (auto it = data.customers.crbegin(); it != data.customers.crend(); ++it) {
        *perCustomer << plotted(it->amount);
        customers << it->name;
    }
    auto* customerSeries = new QHorizontalBarSeries;
    customerSeries->append(perCustomer);
    const QString customersTitle =
        data.month.isEmpty()          ? tr("Customers by deviation amount: no month loaded")
        : data.customers.isEmpty()    ? tr("Customers by deviation amount in %1: none").arg(data.month)
                                      : tr("Top customers by deviation amount in %1").arg(data.month);
    QChart* oldCustomers = m_customers->chart();
    m_customers->setChart(barChart(customersTitle, customerSeries, customers, dark, true));
    delete oldCustomers;
}

QImage DeviationCharts::renderImage(const ChartData& data, QSize size) {
    DeviationCharts charts;
    charts.setAttribute(Qt::WA_DontShowOnScreen);
    charts.fill(data, false); // a file is read on paper and in mail: always the light theme
    charts.resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    charts.render(&painter); // lays the hidden widget out at its size first
    return image;
}

QString DeviationCharts::pngPathFor(const QString& reportPath) {
    const QFileInfo report(reportPath);
    return report.dir().filePath(report.completeBaseName() + QStringLiteral("-chart.png"));
}

bool DeviationCharts::savePng(const ChartData& data, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Amounts per customer: the user's alone, as every export.
    file.setPermissions(PrivateFiles::FileMode);
    if (!renderImage(data).save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace il::ui
