#pragma once

#include "reconcile/PushAction.h"
#include "reconcile/Pusher.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace il::ui {

class AppContext;
class DecisionActions;
class GridPage;
class MonthPicker;
class RunController;
class RunProgress;
class ChartsDialog;
class TransferLogWindow;
class WindowActions;
class WelcomePanel;

// The window a finance person lives in every month: pick the month, load the invoice, see
// where it and ConnectWise differ, link, push with one click, look at the log. Everything long
// runs through RunController's coroutines; the window only shows and asks.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Chooses the month (e.g. the demo's) and, with load, loads it at once.
    void showMonth(QDate month, bool load);
    void loadInvoice();
    void pushLine(qsizetype line);
    void pushSelected();
    void pushAll();

    RunController* controller() const { return m_controller; }
    GridPage* grid() const { return m_grid; }
    MonthPicker* monthPicker() const { return m_monthPicker; }
    WelcomePanel* welcome() const { return m_welcome; }
    RunProgress* progress() const { return m_progress; }
    TransferLogWindow* transferLog() const; // null until first opened
    ChartsDialog* charts() const; // null until View ▸ Charts
    WindowActions* actions() const { return m_actions; }
    DecisionActions* decisions() const { return m_decisions; }
    QString statusText() const;

signals:
    // "Try the demo" on the welcome panel; the app's main starts the demo (ui/ knows no sandbox).
    void demoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    void restoreState();
    void saveState() const;
    void showPageForContext();
    void refreshGrid();
    void refreshLines(const QList<qsizetype>& rows);
    void updateDetails(); // the details pane follows the grid's current line
    void updateActions();
    void updateTitle();
    void showMessage(const QString& text, bool error = false);
    void onBusyChanged(bool busy);
    void onCancelled();
    // Pushes, or says why not (a job runs, nothing loaded, nothing to send).
    void startPush(const QList<il::PushAction>& actions);
    QString busyReason() const;
    void onPushed(const QList<il::PushAction>& actions, const QList<il::Pusher::Outcome>& outcomes);
    void showContextMenu(const QPoint& globalPos);
    void openSettings();
    void openTransferLog();
    void confirmSuggestions();
    void createAgreement();
    void createProduct();
    void exportReport();
    void openCharts();
    void about();
    void pushOnly(PushKind kind);
    void reviewAndPush(const QList<il::PushAction>& actions, const QString& nothingToDo);
    // Accept/Dismiss/Undo decision/Note (issue 10; MainWindowDecisions.cpp).
    void installDecisions();
    // Pushes at once, without the review, when every line of every action was accepted (the
    // correction is approved already); false when the review is needed.
    bool pushAccepted(const QList<il::PushAction>& actions);

    AppContext& m_context;
    RunController* m_controller;
    MonthPicker* m_monthPicker;
    GridPage* m_grid;
    WelcomePanel* m_welcome;
    QStackedWidget* m_pages;
    RunProgress* m_progress;
    QLabel* m_message;
    QPointer<TransferLogWindow> m_log;
    QPointer<ChartsDialog> m_charts;
    bool m_closeWhenIdle = false;
    bool m_columnsFitted = false;

    WindowActions* m_actions;
    DecisionActions* m_decisions = nullptr;
};

} // namespace il::ui
