#pragma once

#include "domain/Transfer.h"

#include <QMetaObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace il::ui {

class MessageWidget;

class AppContext;
class OutcomeFilterProxy;
class TransferTableModel;

// The transfer log: every write of a month (or of all months), filtered by outcome, with each
// row's details (the system's message and request id included), a note per invoice line that
// travels into the exports, CSV/XLSX export and a check that nobody edited the log. Everything
// it reads and writes goes through the context's TransferLogService.
class TransferLogWindow : public QWidget {
    Q_OBJECT
public:
    explicit TransferLogWindow(AppContext& ctx, QWidget* parent = nullptr);

    void setMonth(const QString& yyyyMM);
    QString month() const { return m_month; }
    void setAllMonths(bool all);
    void setOutcomeFilter(std::optional<TransferOutcome> outcome);
    // Reads the log again (after a push, another month, new settings).
    void reload();

    // Writes the shown rows (CSV or XLSX by extension) with their notes; returns the error, empty
    // when written. The Export buttons ask for the file and call this.
    QString exportTo(const QString& path);
    // Checks the hash chain and says so at the bottom; returns what it said.
    QString verifyLog();
    // The selected row's line note (Save note).
    void saveNote(const QString& text);

    TransferTableModel* model() const { return m_model; }
    OutcomeFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QString detailsText() const;
    QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void watchRun();
    void showDetails();
    void setStatus(const QString& text, bool error = false);
    void exportWithDialog(const QString& extension);
    std::optional<int> selectedSourceRow() const;

    AppContext& m_ctx;
    QString m_month;
    QMetaObject::Connection m_runConnection;
    QMetaObject::Connection m_linesConnection;
    TransferTableModel* m_model = nullptr;
    OutcomeFilterProxy* m_proxy = nullptr;
    QLabel* m_monthLabel = nullptr;
    QCheckBox* m_allMonths = nullptr;
    QComboBox* m_outcome = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_saveNote = nullptr;
    MessageWidget* m_status = nullptr;
};

} // namespace il::ui
