#include "window/MainWindow.h"

#include "window/AppContext.h"
#include "create/CreateAgreementDialog.h"
#include "create/CreateProductDialog.h"
#include "grid/DecisionActions.h"
#include "grid/GridColours.h"
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineDetailsPane.h"
#include "grid/LineTableModel.h"
#include "grid/PushButtonDelegate.h"
#include "window/MonthPicker.h"
#include "window/RunController.h"
#include "common/RunProgress.h"
#include "grid/SearchFilterProxy.h"
#include "settings/SettingsDialog.h"
#include "grid/StatusFilterProxy.h"
#include "grid/SummaryTiles.h"
#include "log/TransferLogWindow.h"
#include "common/Translation.h"
#include "window/WelcomePanel.h"
#include "window/WindowActions.h"

#include "grid/LineText.h"
#include "push/PushReviewDialog.h"
#include "grid/GridContextMenu.h"
#include "charts/ChartsDialog.h"
#include "common/ErrorText.h"
#include "window/ReportSaver.h"
#include "common/Resources.h"

#include "export/TransferLogService.h"
#include "reconcile/MonthRun.h"
#include "settings/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace il::ui {
namespace {

QSettings guiSettings() {
    return QSettings(QString::fromLatin1(GuiOrganization), QString::fromLatin1(GuiApplication));
}

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_controller(new RunController(context, this))
    , m_monthPicker(new MonthPicker(this))
    , m_grid(new GridPage(this))
    , m_welcome(new WelcomePanel(this))
    , m_pages(new QStackedWidget(this))
    , m_progress(new RunProgress(this))
    , m_message(new QLabel(this))
    , m_actions(new WindowActions(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/invoicelink.png")));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_grid);
    setCentralWidget(m_pages);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_grid->installLinkPickers(m_context);
    connect(m_grid, &GridPage::linkFinished, this, [this](const QString& error, qsizetype line) {
        if (!error.isEmpty()) {
            showMessage(error, true);
            return;
        }
        // An agreement picked for a line whose product is not linked is kept (and remembered);
        // the line is complete once its product is picked too.
        const MonthRun* run = m_controller->run();
        if (run && line >= 0 && line < run->result().records.size()) {
            const LinkedLine& l = run->result().records[line].linked;
            if (l.agreementId && l.productIdentifier.isEmpty()) {
                showMessage(tr("The agreement is kept for this line and remembered; pick its product next "
                               "(the products on that agreement are listed first)."));
                return;
            }
        }
        showMessage(tr("Linked; the month is checked again."));
    });

    m_actions->install(this, m_monthPicker);
    installDecisions();
    connectActions();

    connect(m_controller, &RunController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &RunController::progress, m_progress, &RunProgress::step);
    connect(m_controller, &RunController::loadProgress, m_progress, &RunProgress::loadStep);
    connect(m_controller, &RunController::resultChanged, this, &MainWindow::refreshGrid);
    connect(m_controller, &RunController::linesChanged, this, &MainWindow::refreshLines);
    // The picker shows the month the grid holds once a job ends, whatever was picked meanwhile
    // (a cancelled or failed load of another month leaves the loaded one in the grid).
    auto showLoadedMonth = [this] {
        if (MonthRun* run = m_controller->run(); run && run->isLoaded())
            m_monthPicker->setMonth(run->result().month);
    };
    connect(m_controller, &RunController::loaded, this, showLoadedMonth);
    connect(m_controller, &RunController::cancelled, this, showLoadedMonth);
    connect(m_controller, &RunController::failed, this, showLoadedMonth);
    connect(m_controller, &RunController::loaded, this, [this] {
        const MonthResult& r = m_controller->run()->result();
        const int ok = r.count(LineStatus::Ok), unlinked = r.count(LineStatus::Unlinked);
        const int n = int(r.records.size());
        showMessage(tr("%1 loaded: %2 lines, %3 OK, %4 to look at, %5 not linked.")
                        .arg(m_monthPicker->currentText())
                        .arg(QLocale().toString(n), QLocale().toString(ok),
                             QLocale().toString(n - ok - unlinked), QLocale().toString(unlinked)));
        if (!m_context.isDemo())
            guiSettings().setValue(QStringLiteral("lastMonth"), MonthPicker::key(r.month));
        updateTitle();
        if (!m_columnsFitted) {
            m_grid->fitColumns(); // once, until the user's own widths are remembered
            m_columnsFitted = true;
        }
        m_grid->view()->setFocus();
    });
    connect(m_controller, &RunController::pushed, this, &MainWindow::onPushed);
    connect(m_controller, &RunController::failed, this, [this](const QString& message) {
        showMessage(message, true);
        if (!m_controller->run() || !m_controller->run()->isLoaded())
            m_grid->clear(tr("The invoice could not be loaded:\n%1").arg(message));
    });
    connect(m_controller, &RunController::cancelled, this, &MainWindow::onCancelled);
    connect(m_controller, &RunController::runReplaced, this, [this] {
        showPageForContext();
        updateTitle();
        updateActions();
    });
    connect(m_progress, &RunProgress::cancelRequested, m_controller, &RunController::cancel);
    connect(m_grid, &GridPage::pushRequested, this, &MainWindow::pushLine);
    connect(m_grid, &GridPage::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_grid->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_grid->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_grid->view(), &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.column() == ActionColumn)
            pushLine(qsizetype(index.data(LineIndexRole).toLongLong()));
    });
    connect(m_grid->tiles(), &SummaryTiles::filterChosen, this, [this](StatusFilterProxy::Filter f) {
        if (QAction* a = m_actions->filters.value(f))
            a->setChecked(true);
    });
    connect(m_welcome, &WelcomePanel::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePanel::connectRequested, this, &MainWindow::openSettings);
    connect(m_monthPicker, &MonthPicker::monthChanged, this, &MainWindow::updateActions);
    connect(m_grid, &GridPage::currentLineChanged, this, &MainWindow::updateDetails);

    setTabOrder(m_monthPicker, m_grid->tiles());
    setTabOrder(m_grid->tiles(), m_grid->searchBox());
    setTabOrder(m_grid->searchBox(), m_grid->view());
    restoreState();
    showPageForContext();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::statusText() const {
    return m_message->text();
}

TransferLogWindow* MainWindow::transferLog() const {
    return m_log.data();
}

void MainWindow::restoreState() {
    QSettings s = guiSettings();
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1360, 820);
        if (const QScreen* screen = QApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(std::min(1360, available.width() - 40), std::min(820, available.height() - 40));
            move(available.center() - rect().center());
        }
    }
    QMainWindow::restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_grid->splitter()->restoreState(s.value(QStringLiteral("grid/splitter")).toByteArray());
    m_columnsFitted = m_grid->view()->horizontalHeader()->restoreState(
        s.value(QStringLiteral("grid/header")).toByteArray());
    if (!m_context.isDemo())
        m_monthPicker->setMonth(MonthPicker::fromKey(s.value(QStringLiteral("lastMonth")).toString()));
}

void MainWindow::saveState() const {
    QSettings s = guiSettings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s.setValue(QStringLiteral("grid/header"), m_grid->view()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("grid/splitter"), m_grid->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_controller->isBusy()) {
        // A job holds the run: stop it and close once it has let go (a few moments at most).
        m_closeWhenIdle = true;
        m_controller->cancel();
        showMessage(tr("Stopping before closing…"));
        event->ignore();
        return;
    }
    saveState();
    if (m_log)
        m_log->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPageForContext() {
    // The month toolbar means nothing before the systems are connected (Settings stays in File).
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        bar->setVisible(m_context.isDemo() || m_context.isConfigured());
    if (!m_context.isDemo() && !m_context.isConfigured()) {
        m_pages->setCurrentWidget(m_welcome);
        m_welcome->demoButton()->setFocus();
        return;
    }
    m_pages->setCurrentWidget(m_grid);
    if (!m_context.run())
        m_grid->clear(
            tr("InvoiceLink cannot start with these settings:\n%1\n\nOpen Settings… (%2) to fix them.")
                .arg(m_context.lastError(),
                     m_actions->settings->shortcut().toString(QKeySequence::NativeText)));
    else if (!m_context.run()->isLoaded())
        m_grid->clear(tr("Choose a month and press Load invoice (%1).")
                          .arg(m_actions->load->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showMonth(QDate month, bool load) {
    m_monthPicker->setMonth(month);
    if (load)
        loadInvoice();
}

void MainWindow::loadInvoice() {
    if (!m_controller->load(m_monthPicker->month()))
        return;
    m_progress->start(tr("Loading the invoice of %1…").arg(m_monthPicker->currentText()));
    showMessage(QString());
}

void MainWindow::refreshGrid() {
    MonthRun* run = m_controller->run();
    if (!run || !run->isLoaded())
        return;
    m_pages->setCurrentWidget(m_grid);
    QPointer<MonthRun> source(run);
    m_grid->model()->setAgreementAddresses(
        [source](int agreementId) { return source ? source->agreementWebAddress(agreementId) : QUrl(); });
    m_grid->setMonth(run->result(), run->directory(), m_controller->plan());
    updateActions();
    updateDetails();
}

void MainWindow::updateDetails() {
    MonthRun* run = m_controller->run();
    const auto line = m_grid->currentLine();
    if (!run || !run->isLoaded() || !line)
        m_grid->details()->clear();
    else
        // The grid's plan is the month's (RunController::plan): no planning again per keypress.
        m_grid->details()->showExplanation(run->explain(*line, m_grid->model()->plannedPush(*line)));
}

void MainWindow::refreshLines(const QList<qsizetype>& rows) {
    MonthRun* run = m_controller->run();
    if (!run || !run->isLoaded())
        return;
    m_grid->updateLines(run->result(), run->directory(), m_controller->plan(), rows);
    updateActions();
    updateDetails();
}

void MainWindow::onCancelled() {
    // The run gives back the month it showed before a cancelled load (MonthRun::load): show it
    // as the run now holds it, or say plainly that nothing is loaded.
    MonthRun* run = m_controller->run();
    if (run && run->isLoaded()) {
        m_monthPicker->setMonth(run->result().month); // the picker shows the month that is loaded
        refreshGrid();
        showMessage(tr("Cancelled; %1 stays loaded as it was.")
                        .arg(QLocale().toString(run->result().month, QStringLiteral("MMMM yyyy"))));
    } else {
        m_grid->clear(tr("Loading was cancelled; no month is loaded.\nChoose a month and press Load invoice (%1).")
                          .arg(m_actions->load->shortcut().toString(QKeySequence::NativeText)));
        showMessage(tr("Cancelled; no month is loaded."));
    }
    updateTitle();
    updateActions();
}

void MainWindow::onBusyChanged(bool busy) {
    if (!busy) {
        m_progress->stop();
        if (m_closeWhenIdle)
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    }
    // The painted push buttons look disabled while a job runs and say why (a click says it too).
    m_grid->pushDelegate()->setDisabledReason(busy ? busyReason() : QString());
    m_grid->view()->viewport()->update();
    m_grid->view()->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked |
                                               QAbstractItemView::EditKeyPressed);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    updateActions();
}

void MainWindow::updateTitle() {
    QString title = QStringLiteral("InvoiceLink");
    if (MonthRun* run = m_controller->run(); run && run->isLoaded())
        title += QStringLiteral(" — ") + QLocale().toString(run->result().month, QStringLiteral("MMMM yyyy"));
    if (m_context.isDemo())
        title += QStringLiteral(" ") + tr("(demo)");
    setWindowTitle(title);
}

void MainWindow::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setToolTip(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? GridColours::accent(palette(), GridColours::Kind::Bad)
                                           : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
}

} // namespace il::ui

// ---- commands ---------------------------------------------------------------------------------
namespace il::ui {

void MainWindow::connectActions() {
    WindowActions* a = m_actions;
    connect(a->load, &QAction::triggered, this, &MainWindow::loadInvoice);
    connect(a->pushRow, &QAction::triggered, this, [this] {
        if (const auto line = m_grid->currentLine())
            pushLine(*line);
    });
    connect(a->pushSelected, &QAction::triggered, this, &MainWindow::pushSelected);
    connect(a->pushAll, &QAction::triggered, this, &MainWindow::pushAll);
    connect(a->confirm, &QAction::triggered, this, &MainWindow::confirmSuggestions);
    connect(a->createAgreement, &QAction::triggered, this, &MainWindow::createAgreement);
    connect(a->createProduct, &QAction::triggered, this, &MainWindow::createProduct);
    connect(a->exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(a->transferLog, &QAction::triggered, this, &MainWindow::openTransferLog);
    connect(a->charts, &QAction::triggered, this, &MainWindow::openCharts);
    connect(a->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a->find, &QAction::triggered, this, [this] {
        m_grid->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_grid->searchBox()->selectAll();
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->about, &QAction::triggered, this, &MainWindow::about);
    for (auto it = a->filters.cbegin(); it != a->filters.cend(); ++it) {
        const StatusFilterProxy::Filter filter = it.key();
        connect(it.value(), &QAction::triggered, this, [this, filter] {
            m_grid->tiles()->setFilter(filter);
            m_grid->statusProxy()->setFilter(filter);
        });
    }
}

void MainWindow::updateActions() {
    const bool busy = m_controller->isBusy();
    MonthRun* run = m_controller->run();
    const bool loaded = run && run->isLoaded() && m_grid->model()->rowCount() > 0;
    const auto current = m_grid->currentLine();
    const PushAction* planned = current ? m_grid->model()->plannedPush(*current) : nullptr;
    const bool configured = m_context.isDemo() || m_context.isConfigured();
    // Every command says why it is disabled (WindowActions::setAvailable).
    const QString notLoaded = tr("load a month first");
    const QString running = tr("a job is running; wait for it or cancel it (Esc)");
    WindowActions::setAvailable(m_actions->load,
                                busy                  ? running
                                : !run || !configured ? tr("connect Exact Online and ConnectWise in Settings first")
                                                      : QString());
    m_monthPicker->setEnabled(!busy);
    const QString common = busy ? running : !loaded ? notLoaded : QString();
    QString rowWhyNot = common;
    if (rowWhyNot.isEmpty() && !current)
        rowWhyNot = tr("no row is chosen");
    else if (rowWhyNot.isEmpty() && !planned)
        rowWhyNot = tr("this row needs no push");
    else if (rowWhyNot.isEmpty() && planned->skipped() && !planned->needsPrice)
        rowWhyNot = planned->skipReason;
    WindowActions::setAvailable(m_actions->pushRow, rowWhyNot);
    WindowActions::setAvailable(m_actions->pushSelected,
                                !common.isEmpty() || m_grid->view()->selectionModel()->hasSelection()
                                    ? common
                                    : tr("no rows are selected"));
    WindowActions::setAvailable(m_actions->pushAll, common);
    WindowActions::setAvailable(m_actions->confirm, common);
    const QString rowCommon = !common.isEmpty() || current ? common : tr("no row is chosen");
    WindowActions::setAvailable(m_actions->createAgreement, rowCommon);
    WindowActions::setAvailable(m_actions->createProduct, rowCommon);
    WindowActions::setAvailable(m_actions->exportReport, common);
    WindowActions::setAvailable(m_actions->transferLog, run ? QString() : tr("the settings do not open a database"));
    WindowActions::setAvailable(m_actions->charts, busy ? running : run ? QString() : tr("the settings do not open a database"));
    WindowActions::setAvailable(m_actions->settings, busy ? running : QString());
    for (QAction* f : std::as_const(m_actions->filters))
        f->setEnabled(loaded);
    m_decisions->updateEnabled(busy);
}

QString MainWindow::busyReason() const {
    return tr("A job is running: push when it has finished, or cancel it (Esc).");
}

void MainWindow::startPush(const QList<PushAction>& actions) {
    // A push button never silently does nothing: what stops the push is said.
    if (m_controller->isBusy()) {
        showMessage(busyReason(), true);
        return;
    }
    if (m_controller->push(actions)) {
        m_progress->start(tr("Pushing to ConnectWise…"));
        return;
    }
    MonthRun* run = m_controller->run();
    showMessage(!run || !run->isLoaded() ? tr("Nothing is pushed: load a month first.")
                                         : tr("Nothing is pushed: there is no correction to send."),
                true);
}

void MainWindow::pushLine(qsizetype line) {
    const PushAction* planned = m_grid->model()->plannedPush(line);
    if (m_controller->isBusy()) {
        showMessage(busyReason(), true);
        return;
    }
    if (!planned) {
        showMessage(tr("This line needs no push."));
        return;
    }
    if (planned->needsPrice) { // the catalog has no price: the review asks for one
        reviewAndPush({*planned}, QString());
        return;
    }
    if (planned->skipped()) {
        showMessage(tr("Not pushed: %1").arg(planned->skipReason), true);
        return;
    }
    startPush({*planned});
}

void MainWindow::pushOnly(PushKind kind) {
    const auto line = m_grid->currentLine();
    MonthRun* run = m_controller->run();
    if (!line || !run)
        return;
    QList<PushAction> actions = run->plan({kind}, {*line});
    actions.removeIf([](const PushAction& a) { return a.skipped() || a.changes.isEmpty(); });
    if (actions.isEmpty()) {
        showMessage(kind == PushKind::Price ? tr("The price of this line needs no push.")
                                            : tr("The quantity of this line needs no push."));
        return;
    }
    startPush(actions);
}

void MainWindow::pushSelected() {
    MonthRun* run = m_controller->run();
    const QList<qsizetype> lines = m_grid->selectedLines();
    if (!run || !run->isLoaded() || lines.isEmpty())
        return;
    reviewAndPush(run->plan({PushKind::Quantity, PushKind::Price, PushKind::Create}, lines),
                  tr("The selected lines need no push."));
}

void MainWindow::pushAll() {
    MonthRun* run = m_controller->run();
    if (!run || !run->isLoaded())
        return;
    reviewAndPush(m_controller->plan(),
                  tr("Nothing to push: ConnectWise agrees with the invoice where it can be corrected."));
}

void MainWindow::reviewAndPush(const QList<PushAction>& actions, const QString& nothingToDo) {
    if (actions.isEmpty()) {
        showMessage(nothingToDo);
        return;
    }
    if (pushAccepted(actions))
        return;
    MonthRun* run = m_controller->run();
    // Window-modal but not blocking: no nested event loop while coroutines run.
    auto* dialog = new PushReviewDialog(actions, run->result(), run->directory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startPush(dialog->pushable()); });
    dialog->open();
}

void MainWindow::onPushed(const QList<PushAction>&, const QList<Pusher::Outcome>& outcomes) {
    bool problem = false;
    const QString summary = LineText::pushSummary(outcomes, &problem);
    showMessage(summary, problem);
}

void MainWindow::showContextMenu(const QPoint& globalPos) {
    const auto line = m_grid->currentLine();
    if (!line)
        return;
    QMenu menu(this);
    const PushAction* planned = m_grid->model()->plannedPush(*line);
    if (planned && (!planned->skipped() || planned->needsPrice)) {
        QAction* push =
            menu.addAction(LineTableModel::pushLabel(*planned), this, [this, line] { pushLine(*line); });
        push->setEnabled(!m_controller->isBusy());
        if (m_controller->isBusy()) {
            menu.setToolTipsVisible(true);
            push->setToolTip(busyReason());
        }
        if (LineTableModel::pushLabel(*planned) == tr("Push both")) {
            menu.addAction(tr("Push quantity only"), this, [this] { pushOnly(PushKind::Quantity); });
            menu.addAction(tr("Push price only"), this, [this] { pushOnly(PushKind::Price); });
        }
    }
    menu.addAction(m_actions->pushSelected);
    menu.addSeparator();
    menu.addAction(m_actions->confirm);
    menu.addAction(m_actions->createAgreement);
    menu.addAction(m_actions->createProduct);
    m_decisions->addTo(&menu);
    menu.addSeparator();
    m_grid->contextMenu()->fill(&menu); // Copy, Copy with headers, Open in ConnectWise, and the hook's
    menu.exec(globalPos);
}

void MainWindow::openSettings() {
    auto* dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openTransferLog() {
    MonthRun* run = m_controller->run();
    if (!run)
        return;
    if (!m_log) {
        m_log = new TransferLogWindow(m_context, this);
        m_log->setWindowFlag(Qt::Window);
    }
    // Its CSV export follows the same setting and language as the report's.
    if (TransferLogService* log = m_context.transferLog()) {
        try {
            log->setCsvFormat(ReportSaver::csvFormat(m_context.settings()));
        } catch (const std::exception& e) {
            showMessage(ErrorText::describe(e), true);
        }
    }
    const QDate month = run->isLoaded() ? run->result().month : m_monthPicker->month();
    m_log->setMonth(MonthPicker::key(month));
    m_log->show();
    m_log->raise();
    m_log->activateWindow();
}

void MainWindow::confirmSuggestions() {
    MonthRun* run = m_controller->run();
    if (!run || !run->isLoaded() || m_controller->isBusy())
        return;
    const int count = run->suggestionsToConfirm();
    if (count == 0) {
        showMessage(tr("No suggested link is left to confirm."));
        return;
    }
    // Confirmed links hold for every next month, so the user says yes to the number first.
    // Window-modal but not blocking, like the other dialogs (coroutines may be running).
    auto* box = new QMessageBox(QMessageBox::Question, tr("Confirm all suggestions"),
                                count == 1 ? tr("Confirm the suggested link of 1 line?")
                                           : tr("Confirm the suggested links of %1 lines?").arg(count),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmSuggestionsBox"));
    box->setInformativeText(tr("Confirmed links are used as they are, also next month. Links to agreements "
                               "that are not active this month are left out: check those by hand."));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        MonthRun* current = m_controller->run();
        if (result != QMessageBox::Yes || !current || !current->isLoaded() || m_controller->isBusy())
            return;
        const int changed = current->confirmSuggestions();
        showMessage(changed == 1 ? tr("Confirmed the link of 1 line; it is remembered for next month.")
                                 : tr("Confirmed the links of %1 lines; they are remembered for next month.")
                                       .arg(changed));
    });
    box->open();
}

void MainWindow::createAgreement() {
    const auto line = m_grid->currentLine();
    if (!line || m_controller->isBusy())
        return;
    // The dialog links the line to what it created; the grid follows through linesChanged.
    auto* dialog = new CreateAgreementDialog(m_context, *line, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createProduct() {
    const auto line = m_grid->currentLine();
    if (!line || m_controller->isBusy())
        return;
    auto* dialog = new CreateProductDialog(m_context, *line, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportReport() {
    MonthRun* run = m_controller->run();
    if (!run || !run->isLoaded())
        return;
    ReportExtras extras;
    extras.directory = &run->directory();
    extras.charts = ChartData::collect(m_context.workspace());
    try {
        extras.csv = ReportSaver::csvFormat(m_context.settings());
    } catch (const std::exception& e) {
        showMessage(ErrorText::describe(e), true);
        return;
    }
    const ReportSaver::Result saved = ReportSaver::saveWithDialog(this, run->result(), extras);
    if (!saved.message.isEmpty())
        showMessage(saved.message, !saved.saved);
}

ChartsDialog* MainWindow::charts() const {
    return m_charts;
}

void MainWindow::openCharts() {
    const ChartData data = ChartData::collect(m_context.workspace());
    if (!m_charts) {
        m_charts = new ChartsDialog(data, this);
        m_charts->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_charts->setData(data);
    }
    m_charts->show();
    m_charts->raise();
    m_charts->activateWindow();
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About InvoiceLink"),
        tr("<h3>InvoiceLink %1</h3><p>Reconciles the monthly Exact Online invoice with the "
           "ConnectWise agreements it bills, and corrects ConnectWise where they differ, keeping a "
           "log of every change.</p><p>Settings: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 m_context.isDemo() ? tr("the built-in demo (temporary, nothing is saved)")
                                    : m_context.settings().path().toHtmlEscaped()));
}

} // namespace il::ui
