#pragma once

#include <QWidget>

class QPushButton;

namespace il::ui {

// What a first start without settings shows instead of the grid: what the app does, and the
// two ways on — try it on the built-in demo, or connect Exact Online and ConnectWise.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    QPushButton* demoButton() const { return m_demo; }
    QPushButton* connectButton() const { return m_connect; }

signals:
    void demoRequested();
    void connectRequested();

private:
    QPushButton* m_demo;
    QPushButton* m_connect;
};

} // namespace il::ui
