#include "charts/ChartsDialog.h"

#include "charts/DeviationCharts.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace il::ui {

ChartsDialog::ChartsDialog(const ChartData& data, QWidget* parent)
    : QDialog(parent)
    , m_charts(new DeviationCharts(this)) {
    setObjectName(QStringLiteral("chartsDialog"));
    setWindowTitle(tr("Charts"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_charts, 1);
    layout->addWidget(buttons);
    resize(1100, 520);
    setData(data);
}

void ChartsDialog::setData(const ChartData& data) {
    m_charts->setData(data);
}

} // namespace il::ui
