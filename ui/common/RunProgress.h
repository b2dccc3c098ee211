#pragma once

#include "async/LoadProgress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace il::ui {

// The status bar's busy indicator: what the run is doing, a progress bar (endless while the
// total is unknown) and Cancel. Hidden while nothing runs.
class RunProgress : public QWidget {
    Q_OBJECT
public:
    explicit RunProgress(QWidget* parent = nullptr);

    void start(const QString& what);
    void step(const QString& step, int done, int total);
    // A load's phase with its counts; while Exact's rate limit makes it wait, the seconds left
    // count down in the text.
    void loadStep(const il::LoadProgress& progress);
    QProgressBar* bar() const { return m_bar; }
    void stop();
    QPushButton* cancelButton() const { return m_cancel; }
    QString stepText() const;

signals:
    void cancelRequested();

private:
    void showLoadStep();

    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_countdown;
    il::LoadProgress m_load;
};

} // namespace il::ui
