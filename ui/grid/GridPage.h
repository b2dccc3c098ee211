#pragma once

#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace il::ui {

class AppContext;
class LineDetailsPane;
class GridContextMenu;
class LineTableModel;
class PushButtonDelegate;
class SearchFilterProxy;
class StatusFilterProxy;
class SummaryTiles;

// The working area of the main window: the summary tiles (which filter), the search box and the
// month grid (model → status filter → search filter and sort → view), with its delegates. Shows
// a hint instead of the grid until a month is loaded.
class GridPage : public QWidget {
    Q_OBJECT
public:
    explicit GridPage(QWidget* parent = nullptr);

    // The searchable company, agreement and product pickers (LinkDelegate) on the link columns.
    void installLinkPickers(AppContext& context);
    void setMonth(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan);
    // The shown month changed in place: only those rows (see LineTableModel::updateLines).
    void updateLines(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan,
                     const QList<qsizetype>& rows);
    void clear(const QString& hint);
    // Sizes the columns to their contents (a sample of rows) within the view's width.
    void fitColumns();

    LineTableModel* model() const { return m_model; }
    StatusFilterProxy* statusProxy() const { return m_status; }
    SearchFilterProxy* searchProxy() const { return m_search; }
    QTableView* view() const { return m_view; }
    SummaryTiles* tiles() const { return m_tiles; }
    QLineEdit* searchBox() const { return m_searchBox; }
    PushButtonDelegate* pushDelegate() const { return m_pushDelegate; }
    // The current row's explanation, beside the grid (the window fills it: MonthRun::explain).
    LineDetailsPane* details() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }
    // Selects every line compared together with the current one (Ctrl+G in the grid).
    QAction* selectGroupAction() const { return m_selectGroup; }
    void selectGroup();
    // Copy, Copy with headers, Open in ConnectWise (with Ctrl+C on the grid), and the hook through
    // which the window adds its line commands to the right-click menu.
    GridContextMenu* contextMenu() const { return m_contextMenu; }

    // Invoice line indexes of the selected rows, ascending.
    QList<qsizetype> selectedLines() const;
    std::optional<qsizetype> currentLine() const;
    // The view row that shows an invoice line, or -1 when filtered out.
    int rowOfLine(qsizetype line) const;

signals:
    void pushRequested(qsizetype line);
    void contextMenuRequested(const QPoint& globalPos);
    // A picker linked a line (error empty) or could not (why); line: the invoice line.
    void linkFinished(const QString& error, qsizetype line);
    // The current row moved to another line (or none).
    void currentLineChanged();

private:
    void setupView();
    void applySearch();

    LineTableModel* m_model;
    StatusFilterProxy* m_status;
    SearchFilterProxy* m_search;
    SummaryTiles* m_tiles;
    QLineEdit* m_searchBox;
    QLabel* m_shown;
    QTableView* m_view;
    QLabel* m_hint;
    QStackedWidget* m_stack;
    PushButtonDelegate* m_pushDelegate;
    QTimer* m_searchTimer;
    LineDetailsPane* m_details;
    QSplitter* m_splitter;
    QAction* m_selectGroup;
    GridContextMenu* m_contextMenu = nullptr;
};

} // namespace il::ui
