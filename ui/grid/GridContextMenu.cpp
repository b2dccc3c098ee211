#include "grid/GridContextMenu.h"

#include "grid/GridClipboard.h"
#include "grid/GridRoles.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QUrl>

#include <algorithm>

namespace il::ui {

GridContextMenu::GridContextMenu(QTableView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_copy(new QAction(tr("&Copy"), this))
    , m_copyWithHeaders(new QAction(tr("Copy with &headers"), this))
    , m_open(new QAction(tr("&Open in ConnectWise"), this)) {
    m_copy->setObjectName(QStringLiteral("gridCopy"));
    m_copyWithHeaders->setObjectName(QStringLiteral("gridCopyWithHeaders"));
    m_open->setObjectName(QStringLiteral("gridOpenInConnectWise"));
    m_copy->setToolTip(tr("Copy the selected rows as a table to paste in Excel or LibreOffice"));
    m_copyWithHeaders->setToolTip(tr("Copy the selected rows with the column names above them"));
    m_open->setToolTip(tr("Open the line's agreement in ConnectWise in your browser"));
    // Ctrl+C copies what a spreadsheet pastes as a table of its own: with the column names.
    m_copyWithHeaders->setShortcut(QKeySequence::Copy);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction* a : {m_copy, m_copyWithHeaders}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setShortcutVisibleInContextMenu(true);
        view->addAction(a); // the shortcuts work while the grid has the focus
    }
    connect(m_copy, &QAction::triggered, this, [this] { copy(false); });
    connect(m_copyWithHeaders, &QAction::triggered, this, [this] { copy(true); });
    connect(m_open, &QAction::triggered, this, [this] {
        const QUrl url = currentAgreementUrl();
        if (!url.isEmpty())
            QDesktopServices::openUrl(url);
    });
}

QString GridContextMenu::selectionText(bool headers) const {
    if (!m_view->model() || !m_view->selectionModel())
        return {};
    QModelIndexList shown;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        if (!m_view->isColumnHidden(index.column()))
            shown.append(index);
    return GridClipboard::tsv(*m_view->model(), shown, headers);
}

QUrl GridContextMenu::currentAgreementUrl() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(AgreementWebRole).toUrl() : QUrl();
}

QList<qsizetype> GridContextMenu::selectedLines() const {
    QList<qsizetype> lines;
    if (!m_view->selectionModel())
        return lines;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        const qsizetype line = qsizetype(index.data(LineIndexRole).toLongLong());
        if (!lines.contains(line))
            lines.append(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

void GridContextMenu::updateActions() {
    // The copy actions stay enabled: they are the view's shortcuts too, and copying nothing is
    // harmless. Open needs an address.
    m_open->setEnabled(!currentAgreementUrl().isEmpty());
}

void GridContextMenu::addActionsTo(QMenu* menu) {
    updateActions();
    menu->addAction(m_copy);
    menu->addAction(m_copyWithHeaders);
    menu->addSeparator();
    menu->addAction(m_open);
}

void GridContextMenu::fill(QMenu* menu) {
    const qsizetype before = menu->actions().size();
    emit aboutToShowFor(selectedLines(), menu);
    if (menu->actions().size() > before)
        menu->addSeparator();
    addActionsTo(menu);
}

QMenu* GridContextMenu::createMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("gridContextMenu"));
    fill(menu);
    return menu;
}

void GridContextMenu::copy(bool headers) {
    const QString text = selectionText(headers);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setMimeData(GridClipboard::mimeData(text));
}

} // namespace il::ui
