#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QTableView;
class QUrl;

namespace il::ui {

// The month grid's copy and open commands, as a right-click menu and as shortcuts on the view:
// Copy (the selection as tab-separated values, Ctrl+Shift+C), Copy with headers (Ctrl+C: what
// Excel and LibreOffice paste as a table with its heading) and Open in ConnectWise (the current
// line's agreement in ConnectWise's web pages, GridRole AgreementWebRole; disabled without one).
// Other parts of the window add their own line commands to the same menu through
// aboutToShowFor(): it is emitted with the selected lines before the menu shows.
class GridContextMenu : public QObject {
    Q_OBJECT
public:
    explicit GridContextMenu(QTableView* view, QObject* parent = nullptr);

    // Fills a menu for the current selection: what aboutToShowFor's receivers add, then Copy,
    // Copy with headers and Open in ConnectWise. createMenu: the same in a new menu the caller owns.
    void fill(QMenu* menu);
    QMenu* createMenu(QWidget* parent);
    // Adds Copy, Copy with headers and Open in ConnectWise to a menu, enabled for the selection.
    void addActionsTo(QMenu* menu);

    QAction* copyAction() const { return m_copy; }
    QAction* copyWithHeadersAction() const { return m_copyWithHeaders; }
    QAction* openInConnectWiseAction() const { return m_open; }

    // The selection as the clipboard gets it (also what the actions put there).
    QString selectionText(bool headers) const;
    // The current line's agreement in ConnectWise; empty when it has none.
    QUrl currentAgreementUrl() const;
    // Invoice line indexes of the selected rows, ascending.
    QList<qsizetype> selectedLines() const;

signals:
    // Before a menu shows: add actions for these lines (e.g. Accept, Dismiss, Note).
    void aboutToShowFor(const QList<qsizetype>& lines, QMenu* menu);

private:
    void copy(bool headers);
    void updateActions();

    QTableView* m_view;
    QAction* m_copy;
    QAction* m_copyWithHeaders;
    QAction* m_open;
};

} // namespace il::ui
