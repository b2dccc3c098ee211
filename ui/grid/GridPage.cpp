#include "grid/GridPage.h"

#include "grid/DeviationDelegate.h"
#include "grid/GridContextMenu.h"
#include "grid/GridRoles.h"
#include "grid/LineDetailsPane.h"
#include "grid/LineTableModel.h"
#include "grid/LinkDelegate.h"
#include "grid/PushButtonDelegate.h"
#include "grid/SearchFilterProxy.h"
#include "grid/StatusFilterProxy.h"
#include "grid/SummaryTiles.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace il::ui {

GridPage::GridPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new LineTableModel(this))
    , m_status(new StatusFilterProxy(this))
    , m_search(new SearchFilterProxy(this))
    , m_tiles(new SummaryTiles(this))
    , m_searchBox(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_pushDelegate(new PushButtonDelegate(this))
    , m_searchTimer(new QTimer(this))
    , m_details(new LineDetailsPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_selectGroup(new QAction(tr("Select the line's &group"), this)) {
    m_status->setSourceModel(m_model);
    m_search->setSourceModel(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_tiles);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchBox);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Customer, item or description"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(420);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchBox, 1);
    searchRow->addStretch(1);
    searchRow->addWidget(m_shown);
    layout->addLayout(searchRow);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("gridHint"));
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_view);
    // The details pane beside the grid: the person drags the handle; it may be collapsed.
    m_splitter->setObjectName(QStringLiteral("gridSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    // The grid takes the window's extra width; the pane starts at about 26 characters per line
    // of its text and never makes the page wider than the window (an explicit minimum, not the
    // text's).
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_details->setMinimumWidth(12 * fontMetrics().averageCharWidth());
    // Wide enough that the pane's label and value columns read as lines, not as a word a line.
    m_splitter->setSizes({1000, 60 * fontMetrics().averageCharWidth()});
    layout->addWidget(m_splitter, 1);
    setupView();
    m_contextMenu = new GridContextMenu(m_view, this);

    // At 100,000 lines a search per keystroke would stutter; wait for a pause in typing.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &GridPage::applySearch);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, &GridPage::applySearch);
    connect(m_tiles, &SummaryTiles::filterChosen, this,
            [this](StatusFilterProxy::Filter f) { m_status->setFilter(f); });
    auto updateShown = [this] {
        m_shown->setText(
            tr("%1 of %2 lines shown")
                .arg(QLocale().toString(m_search->rowCount()), QLocale().toString(m_model->rowCount())));
    };
    connect(m_search, &QAbstractItemModel::layoutChanged, this, updateShown);
    connect(m_search, &QAbstractItemModel::modelReset, this, updateShown);
    connect(m_search, &QAbstractItemModel::rowsInserted, this, updateShown);
    connect(m_search, &QAbstractItemModel::rowsRemoved, this, updateShown);
    connect(m_pushDelegate, &PushButtonDelegate::pushRequested, this, &GridPage::pushRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    // The lines compared as one group: highlighted with the current line, selectable at once.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_model->setCurrentLine(currentLine());
        emit currentLineChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GridPage::currentLineChanged);
    m_selectGroup->setObjectName(QStringLiteral("selectGroup"));
    m_selectGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_selectGroup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_selectGroup->setToolTip(tr("Select every line compared together with the current one"));
    m_view->addAction(m_selectGroup);
    connect(m_selectGroup, &QAction::triggered, this, &GridPage::selectGroup);
    clear(QString());
}

void GridPage::selectGroup() {
    const auto line = currentLine();
    if (!line)
        return;
    const QList<qlonglong> group = m_model->index(int(*line), 0).data(GroupRole).value<QList<qlonglong>>();
    if (group.isEmpty())
        return;
    QItemSelection selection;
    for (qlonglong member : group)
        if (const int row = rowOfLine(qsizetype(member)); row >= 0)
            selection.select(m_search->index(row, 0), m_search->index(row, GridColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void GridPage::setupView() {
    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setModel(m_search);
    m_view->setItemDelegate(new DeviationDelegate(m_view));
    m_view->setItemDelegateForColumn(ActionColumn, m_pushDelegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // invoice order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setMouseTracking(true); // hover on the painted push buttons
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTabKeyNavigation(false); // Tab leaves the grid; arrows move inside it
    // Uniform row heights: the view never measures rows, which keeps 100,000 lines smooth.
    QHeaderView* rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    rows->hide();
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().averageCharWidth();
    // In average characters; the Action column takes what is left.
    const int widths[GridColumnCount] = {19, 10, 22, 8, 9, 18, 16, 11, 10, 11, 10, 20, 22};
    for (int c = 0; c < GridColumnCount; ++c)
        columns->resizeSection(c, widths[c] * em + 12);
}

void GridPage::installLinkPickers(AppContext& context) {
    // The pickers only edit; the grid's own delegate keeps painting the cells (tints, origin marks).
    auto* paint = new DeviationDelegate(m_view);
    const std::pair<int, LinkDelegate::Part> links[] = {{CompanyColumn, LinkDelegate::Part::Company},
                                                        {AgreementColumn, LinkDelegate::Part::Agreement},
                                                        {ProductColumn, LinkDelegate::Part::Product}};
    for (const auto& [column, part] : links) {
        auto* delegate = new LinkDelegate(context, part, m_view);
        delegate->setPaintDelegate(paint);
        connect(delegate, &LinkDelegate::linkFinished, this,
                [this](qsizetype line, const QString& error) { emit linkFinished(error, line); });
        m_view->setItemDelegateForColumn(column, delegate);
    }
}

void GridPage::fitColumns() {
    // Measure a sample of rows only: at 100,000 lines measuring all would take seconds.
    QHeaderView* header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(300);
    const int em = fontMetrics().averageCharWidth();
    const QFontMetrics headerFont(header->font());
    const int low[GridColumnCount] = {12, 8, 10, 6, 7, 10, 10, 9, 6, 7, 7, 12, 18};
    const int high[GridColumnCount] = {26, 14, 40, 12, 12, 24, 24, 16, 12, 12, 12, 28, 36};
    int minimum[GridColumnCount];
    int total = 0;
    for (int c = 0; c < GridColumnCount; ++c) {
        // Never narrower than the header's own words; the sort arrow may cover a little of them.
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        // Never cut (Dutch "Verschil" was): the header's margins and its sort mark beside the words.
        const int headerExtra = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                                header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        minimum[c] = std::max(low[c] * em, headerFont.horizontalAdvance(title) + std::max(14, headerExtra));
        if (c == ActionColumn) {
            // The push button's words must fit in every language (Dutch ones run longer).
            for (const QString& label : LineTableModel::pushLabels())
                minimum[c] = std::max(minimum[c], fontMetrics().horizontalAdvance(label) + 3 * em + 16);
        }
        const int content = static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(c) + em / 2;
        const int w = std::clamp(content, minimum[c], std::max(minimum[c], high[c] * em));
        header->resizeSection(c, w);
        total += w;
    }
    // Too wide for the window: the text columns give up width in proportion to what they have
    // above their minimum (the tooltips show what no longer fits).
    // (The vertical scroll bar may not be there yet when this runs; leave room for it.)
    const int room =
        m_view->viewport()->width() -
        (m_view->verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    const int excess = total - room;
    const int shrinkable[] = {DescriptionColumn, AgreementColumn, CompanyColumn, CustomerColumn,
                              ActionColumn};
    int spare = 0;
    for (int c : shrinkable)
        spare += header->sectionSize(c) - minimum[c];
    if (excess <= 0 || spare <= 0)
        return;
    for (int c : shrinkable) {
        const qint64 share = qint64(header->sectionSize(c) - minimum[c]) * std::min(excess, spare);
        const int give = int((share + spare - 1) / spare); // rounded up, so it does fit
        header->resizeSection(c, header->sectionSize(c) - give);
    }
}

void GridPage::setMonth(const MonthResult& result, const CwDirectory& directory,
                        const QList<PushAction>& plan) {
    m_model->setMonth(result, directory, plan);
    m_tiles->setResult(m_model->result(), m_model->amounts());
    m_stack->setCurrentWidget(m_view);
    m_shown->setText(
        tr("%1 of %2 lines shown")
            .arg(QLocale().toString(m_search->rowCount()), QLocale().toString(m_model->rowCount())));
}

void GridPage::updateLines(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan,
                           const QList<qsizetype>& rows) {
    m_model->updateLines(result, directory, plan, rows);
    m_tiles->setResult(m_model->result(), m_model->amounts());
    m_shown->setText(
        tr("%1 of %2 lines shown")
            .arg(QLocale().toString(m_search->rowCount()), QLocale().toString(m_model->rowCount())));
}

void GridPage::clear(const QString& hint) {
    m_model->clear();
    m_tiles->clear();
    m_status->setFilter(StatusFilterProxy::Filter::All);
    m_hint->setText(hint);
    m_stack->setCurrentWidget(m_hint);
    m_shown->clear();
}

void GridPage::applySearch() {
    m_searchTimer->stop();
    m_search->setSearchText(m_searchBox->text());
}

QList<qsizetype> GridPage::selectedLines() const {
    QList<qsizetype> lines;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    lines.reserve(rows.size());
    for (const QModelIndex& row : rows)
        lines.append(qsizetype(row.data(LineIndexRole).toLongLong()));
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::optional<qsizetype> GridPage::currentLine() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return qsizetype(current.data(LineIndexRole).toLongLong());
}

int GridPage::rowOfLine(qsizetype line) const {
    if (line < 0 || line >= m_model->rowCount())
        return -1;
    const QModelIndex source = m_model->index(int(line), 0);
    return m_search->mapFromSource(m_status->mapFromSource(source)).row();
}

} // namespace il::ui
