#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace il::ui {

// The status bar's busy indicator: what the run is doing, a progress bar (endless while the
// total is unknown) and Cancel. Hidden while nothing runs.
class RunProgress : public QWidget {
    Q_OBJECT
public:
    explicit RunProgress(QWidget* parent = nullptr);

    void start(const QString& what);
    void step(const QString& step, int done, int total);
    void stop();
    QPushButton* cancelButton() const { return m_cancel; }
    QString stepText() const;

signals:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace il::ui
