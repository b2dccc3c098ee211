#include "log/TransferLogWindow.h"

#include "common/MessageWidget.h"
#include "common/SaveFolder.h"

#include "window/AppContext.h"
#include "common/ErrorText.h"
#include "grid/OutcomeFilterProxy.h"
#include "log/TransferTableModel.h"

#include "async/RunSync.h"
#include "export/TransferLogService.h"
#include "reconcile/MonthRun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace il::ui {
namespace {

QString unavailableText(const AppContext& ctx) {
    return ctx.lastError().isEmpty()
               ? TransferLogWindow::tr("The transfer log is available once the settings are complete.")
               : TransferLogWindow::tr("The transfer log is not available: %1").arg(ctx.lastError());
}

QString monthOf(const MonthRun* run) {
    return run && run->isLoaded() ? run->result().month.toString(QStringLiteral("yyyy-MM")) : QString();
}

} // namespace

TransferLogWindow::TransferLogWindow(AppContext& ctx, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ctx(ctx) {
    setWindowTitle(tr("Transfer log"));
    // A window of its own without a Close button: Esc and Ctrl+W close it, as in a dialog.
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    m_model = new TransferTableModel(this);
    m_proxy = new OutcomeFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_monthLabel = new QLabel(this);
    m_allMonths = new QCheckBox(tr("&All months"), this);
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("All outcomes"), QString());
    for (TransferOutcome o : {TransferOutcome::Pushed, TransferOutcome::AlreadyInEffect,
                              TransferOutcome::RefusedChanged, TransferOutcome::Failed,
                              TransferOutcome::NotApplied, TransferOutcome::Intent,
                              TransferOutcome::Recorded})
        m_outcome->addItem(TransferTableModel::outcomeText(o), toString(o));
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    auto* verify = new QPushButton(tr("&Verify log"), this);
    verify->setToolTip(tr("Checks that no row of the log was changed or removed since it was written"));
    auto* exportCsv = new QPushButton(tr("Export &CSV…"), this);
    auto* exportXlsx = new QPushButton(tr("Export &XLSX…"), this);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_allMonths);
    bar->addSpacing(16);
    bar->addWidget(outcomeLabel);
    bar->addWidget(m_outcome);
    bar->addStretch(1);
    bar->addWidget(verify);
    bar->addWidget(exportCsv);
    bar->addWidget(exportXlsx);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TransferTableModel::Time, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailsBox = new QGroupBox(tr("Details"), side);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    m_details = new QTextBrowser(detailsBox);
    m_details->setOpenLinks(false);
    detailsLayout->addWidget(m_details);
    sideLayout->addWidget(detailsBox, 3);
    auto* noteBox = new QGroupBox(tr("Note on this invoice line"), side);
    auto* noteLayout = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setPlaceholderText(tr("For example: credited in May, asked sales to check"));
    m_note->setTabChangesFocus(true);
    m_saveNote = new QPushButton(tr("&Save note"), noteBox);
    noteLayout->addWidget(m_note);
    noteLayout->addWidget(m_saveNote, 0, Qt::AlignRight);
    sideLayout->addWidget(noteBox, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 340});
    layout->addWidget(splitter, 1);

    m_status = new MessageWidget(this);
    layout->addWidget(m_status);

    connect(m_allMonths, &QCheckBox::toggled, this, &TransferLogWindow::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { setOutcomeFilter(transferOutcomeFromString(m_outcome->currentData().toString())); });
    connect(verify, &QPushButton::clicked, this, &TransferLogWindow::verifyLog);
    connect(exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("csv")); });
    connect(exportXlsx, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("xlsx")); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferLogWindow::showDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TransferLogWindow::showDetails);
    connect(m_saveNote, &QPushButton::clicked, this, [this] { saveNote(m_note->toPlainText()); });
    connect(&m_ctx, &AppContext::rebuilt, this, [this] {
        watchRun();
        reload();
    });
    watchRun();
    setMonth(monthOf(m_ctx.run()));
    resize(1100, 560);
}

void TransferLogWindow::watchRun() {
    disconnect(m_runConnection);
    disconnect(m_linesConnection);
    if (MonthRun* run = m_ctx.run()) {
        m_runConnection = connect(run, &MonthRun::resultChanged, this, [this] {
            if (isVisible())
                reload();
        });
        // A push changes the month in place (linesChanged) and adds rows to the log.
        m_linesConnection = connect(run, &MonthRun::linesChanged, this, [this] {
            if (isVisible())
                reload();
        });
    }
}

void TransferLogWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void TransferLogWindow::setMonth(const QString& yyyyMM) {
    m_month = yyyyMM;
    m_monthLabel->setText(m_month.isEmpty() ? tr("No month loaded") : tr("Month %1").arg(m_month));
    setWindowTitle(m_month.isEmpty() ? tr("Transfer log") : tr("Transfer log — %1").arg(m_month));
    reload();
}

void TransferLogWindow::setAllMonths(bool all) {
    m_allMonths->setChecked(all);
}

void TransferLogWindow::setOutcomeFilter(std::optional<TransferOutcome> outcome) {
    const int i = m_outcome->findData(outcome ? toString(*outcome) : QString());
    if (i != m_outcome->currentIndex())
        m_outcome->setCurrentIndex(i); // comes back here through the combo's signal
    m_proxy->setOutcome(outcome);
    setStatus(tr("%n transfer(s) shown", "", m_proxy->rowCount()));
}

void TransferLogWindow::reload() {
    TransferLogService* log = m_ctx.transferLog();
    if (!log) {
        m_model->setTransfers({});
        setStatus(unavailableText(m_ctx), true);
        return;
    }
    // An empty month (nothing loaded yet) shows every month.
    const QString month = m_allMonths->isChecked() ? QString() : m_month;
    TransferLogService::Listing listing;
    try {
        listing = log->list(month);
    } catch (const std::exception& e) {
        setStatus(ErrorText::describe(e), true);
        return;
    }
    QHash<QString, QString> labels;
    if (const MonthRun* run = m_ctx.run(); run && run->isLoaded())
        for (const LineRecord& r : run->result().records)
            labels.insert(r.line().lineId, r.line().customerName + QStringLiteral(" · ") + r.line().itemCode);
    const QVariant selectedId = m_view->currentIndex().isValid()
                                    ? m_view->currentIndex().data(TransferTableModel::TransferIdRole)
                                    : QVariant();
    m_model->setTransfers(std::move(listing.transfers), std::move(listing.notes), std::move(labels));
    // One month needs no month column.
    m_view->setColumnHidden(TransferTableModel::Month, !month.isEmpty());
    m_view->resizeColumnsToContents();
    // Long messages and names must not push the outcome out of sight; the tooltip has them whole.
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
    for (int row = 0; selectedId.isValid() && row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(TransferTableModel::TransferIdRole) == selectedId)
            m_view->selectRow(row);
    setStatus(tr("%n transfer(s) shown", "", m_proxy->rowCount()));
}

std::optional<int> TransferLogWindow::selectedSourceRow() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_proxy->mapToSource(rows.first()).row();
}

void TransferLogWindow::showDetails() {
    const std::optional<int> row = selectedSourceRow();
    m_note->setEnabled(row.has_value());
    m_saveNote->setEnabled(row.has_value());
    if (!row) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a row to see everything about it.")));
        m_note->clear();
        return;
    }
    const Transfer& t = m_model->transfer(*row);
    auto cell = [&](int column) { return m_model->index(*row, column).data().toString(); };
    const QList<QPair<QString, QString>> fields = {
        {tr("Transfer"), QString::number(t.id)},
        {tr("Run"), t.runId ? QString::number(t.runId) : QString()},
        {tr("Time"), cell(TransferTableModel::Time)},
        {tr("Month"), t.month},
        {tr("Invoice line"), cell(TransferTableModel::Line)},
        {tr("Line id"), t.lineId},
        {tr("Agreement"), cell(TransferTableModel::Agreement)},
        {tr("Addition"), cell(TransferTableModel::Addition)},
        {tr("Field"), cell(TransferTableModel::Field)},
        {tr("Before"), cell(TransferTableModel::Old)},
        {tr("After"), cell(TransferTableModel::New)},
        {tr("Outcome"), cell(TransferTableModel::Outcome)},
        {tr("Written to"), TransferTableModel::recordText(t)},
        {t.target == TargetSystem::ExactOnline ? tr("Exact Online's message") : tr("ConnectWise's message"),
         t.message},
        {tr("Request id"), t.requestId},
        {tr("By"), t.user},
        {tr("Hash"), t.hash},
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto& [name, value] : fields)
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_note->setPlainText(m_model->note(*row));
}

QString TransferLogWindow::detailsText() const {
    return m_details->toPlainText();
}

QString TransferLogWindow::statusText() const {
    return m_status->text();
}

void TransferLogWindow::setStatus(const QString& text, bool error) {
    m_status->showMessage(text, error ? MessageWidget::Kind::Error : MessageWidget::Kind::Info);
}

void TransferLogWindow::saveNote(const QString& text) {
    const std::optional<int> row = selectedSourceRow();
    TransferLogService* log = m_ctx.transferLog();
    if (!row || !log)
        return;
    const Transfer t = m_model->transfer(*row);
    try {
        // A note belongs to its line and month, whether that month is loaded or not.
        log->setNote(t.month, t.lineId, text);
    } catch (const std::exception& e) {
        setStatus(ErrorText::describe(e), true);
        return;
    }
    m_model->setNote(t.month, t.lineId, text.trimmed().isEmpty() ? QString() : text);
    if (m_note->toPlainText() != text)
        m_note->setPlainText(text);
    setStatus(text.trimmed().isEmpty() ? tr("Note removed.") : tr("Note saved."));
}

QString TransferLogWindow::exportTo(const QString& path) {
    TransferLogService* log = m_ctx.transferLog();
    if (!log)
        return unavailableText(m_ctx);
    std::vector<Transfer> shown;
    shown.reserve(size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.push_back(m_model->transfer(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    try {
        log->exportRows(shown, path);
    } catch (const std::exception& e) {
        const QString error = ErrorText::describe(e);
        setStatus(error, true);
        return error;
    }
    setStatus(
        tr("Exported %n transfer(s) to %1.", "", int(shown.size())).arg(QDir::toNativeSeparators(path)));
    return {};
}

void TransferLogWindow::exportWithDialog(const QString& extension) {
    const QString name =
        QStringLiteral("transfer-log%1.%2")
            .arg(m_allMonths->isChecked() || m_month.isEmpty() ? QString() : u'-' + m_month, extension);
    const QString filter =
        extension == QLatin1String("csv") ? tr("CSV file (*.csv)") : tr("Excel workbook (*.xlsx)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export transfer log"), SaveFolder::startPath(name), filter);
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    if (QFileInfo(path).suffix().compare(extension, Qt::CaseInsensitive) != 0)
        path += u'.' + extension;
    exportTo(path);
}

QString TransferLogWindow::verifyLog() {
    TransferLogService* log = m_ctx.transferLog();
    if (!log) {
        setStatus(unavailableText(m_ctx), true);
        return statusText();
    }
    try {
        // The same check as `log verify`, this machine's keychain anchor included. Reading the
        // anchor is one local keychain call; waiting for it here keeps the button's answer in step
        // (AppContext reads the database password the same way).
        const TransferLogService::Verification v = runSync(log->verify());
        if (v.ok) {
            QString text = tr("The transfer log is intact: %n row(s) checked.", "", int(v.rowsChecked));
            for (const QString& note : v.notes)
                text += u' ' + note.left(1).toUpper() + note.mid(1) + u'.';
            setStatus(text);
        } else {
            setStatus(tr("The transfer log is NOT intact; the first bad row is %1: %2")
                          .arg(v.firstBadId)
                          .arg(v.reason),
                      true);
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                if (m_proxy->index(row, 0).data(TransferTableModel::TransferIdRole).toLongLong() ==
                    v.firstBadId)
                    m_view->selectRow(row);
        }
    } catch (const std::exception& e) {
        setStatus(ErrorText::describe(e), true);
    }
    return statusText();
}

} // namespace il::ui
