#include "common/RunProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace il::ui {

RunProgress::RunProgress(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_countdown(new QTimer(this)) {
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (m_load.waitSeconds > 0)
            --m_load.waitSeconds;
        if (m_load.waitSeconds <= 0)
            m_countdown->stop();
        showLoadStep();
    });
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
    m_countdown->stop();
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

void RunProgress::loadStep(const il::LoadProgress& progress) {
    m_load = progress;
    if (m_load.waitSeconds > 0)
        m_countdown->start();
    else
        m_countdown->stop();
    showLoadStep();
}

void RunProgress::showLoadStep() {
    step(m_load.text(), m_load.done, m_load.total);
}

void RunProgress::stop() {
    m_countdown->stop();
    hide();
}

QString RunProgress::stepText() const {
    return m_label->text();
}

} // namespace il::ui
