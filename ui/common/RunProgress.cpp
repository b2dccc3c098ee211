#include "common/RunProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace il::ui {

RunProgress::RunProgress(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setObjectName(QStringLiteral("progressStep"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setToolTip(tr("Stop the running job (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RunProgress::cancelRequested);
    hide();
}

void RunProgress::start(const QString& what) {
    m_label->setText(what);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
}

void RunProgress::step(const QString& step, int done, int total) {
    m_label->setText(step);
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    } else {
        m_bar->setRange(0, 0);
    }
}

void RunProgress::stop() {
    hide();
}

QString RunProgress::stepText() const {
    return m_label->text();
}

} // namespace il::ui
