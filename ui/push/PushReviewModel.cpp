#include "push/PushReviewModel.h"

#include "money/DecimalText.h"

#include "grid/GridColours.h"
#include "grid/LineText.h"
#include "reconcile/PushPlanner.h"
#include "reconcile/Pusher.h"

#include <QGuiApplication>
#include <QPalette>

namespace il::ui {

PushReviewModel::PushReviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PushReviewModel::setActions(const QList<PushAction>& actions, const MonthResult& result,
                                 const CwDirectory& directory) {
    beginResetModel();
    m_actions = actions;
    m_prices.clear();
    m_result = result;
    m_directory = directory;
    m_rows.clear();
    // Actions that wait for a price show their changes like the pushable ones.
    auto showsChanges = [](const PushAction& a) { return !a.skipped() || a.needsPrice; };
    for (qsizetype a = 0; a < m_actions.size(); ++a)
        if (showsChanges(m_actions[a]))
            for (qsizetype c = 0; c < m_actions[a].changes.size(); ++c)
                m_rows.append({a, c});
    for (qsizetype a = 0; a < m_actions.size(); ++a)
        if (!showsChanges(m_actions[a]))
            m_rows.append({a, -1});
    computeTotals();
    endResetModel();
}

void PushReviewModel::computeTotals() {
    m_changeCount = 0;
    m_quantityDelta = Decimal();
    m_amountDelta = Decimal();
    qsizetype counted = -1;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.change < 0)
            continue;
        const PushAction action = effective(row.action);
        const PushChange& change = action.changes[row.change];
        ++m_changeCount;
        if (change.field == QLatin1String("quantity"))
            m_quantityDelta += change.newValue - change.oldValue;
        if (counted != row.action) {
            counted = row.action;
            m_amountDelta += amountChange(action, m_result.comparedPriceField);
        }
    }
}

PushAction PushReviewModel::effective(qsizetype action) const {
    PushAction a = m_actions[action];
    if (a.needsPrice && m_prices.contains(action))
        PushPlanner::supplyPrice(a, m_prices.value(action));
    return a;
}

QList<PushAction> PushReviewModel::pushable() const {
    QList<PushAction> out;
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const PushAction a = effective(i);
        if (!a.skipped() && !a.changes.isEmpty())
            out.append(a);
    }
    return out;
}

int PushReviewModel::skippedCount() const {
    int n = 0;
    for (const Row& row : m_rows)
        n += row.change < 0 ? 1 : 0;
    return n;
}

int PushReviewModel::missingPrices() const {
    int n = 0;
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        n += m_actions[i].needsPrice && !m_prices.contains(i) ? 1 : 0;
    return n;
}

QModelIndex PushReviewModel::priceIndex(qsizetype action) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        if (row.action == action && row.change >= 0 && m_actions[action].needsPrice &&
            m_actions[action].changes[row.change].field == m_actions[action].neededField)
            return index(r, AfterColumn);
    }
    return {};
}

bool PushReviewModel::isPriceCell(const QModelIndex& index) const {
    if (!index.isValid() || index.column() != AfterColumn || index.row() >= m_rows.size())
        return false;
    const Row& row = m_rows[index.row()];
    return priceIndex(row.action) == index;
}

Qt::ItemFlags PushReviewModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return isPriceCell(index) ? f | Qt::ItemIsEditable : f;
}

bool PushReviewModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !isPriceCell(index))
        return false;
    const qsizetype action = m_rows[index.row()].action;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_prices.remove(action);
    } else {
        const auto price = DecimalText::parse(text); // "12,50" in Dutch
        if (!price || price->isNegative())
            return false;
        m_prices.insert(action, *price);
    }
    computeTotals();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit pricesChanged();
    return true;
}

Decimal PushReviewModel::amountChange(const PushAction& action, PriceField comparedPriceField) {
    const QString priceField = priceFieldName(comparedPriceField);
    Decimal quantityBefore = action.isCreate() ? Decimal() : action.loaded.quantity;
    Decimal priceBefore = action.isCreate() ? Decimal() : Pusher::fieldValue(action.loaded, priceField);
    Decimal quantityAfter = quantityBefore, priceAfter = priceBefore;
    for (const PushChange& c : action.changes) {
        if (c.field == QLatin1String("quantity"))
            quantityAfter = c.newValue;
        else if (c.field == priceField)
            priceAfter = c.newValue;
    }
    return quantityAfter * priceAfter - quantityBefore * priceBefore;
}

QString PushReviewModel::customerOf(const PushAction& action) const {
    const qsizetype line = action.lineIndexes.value(0, -1);
    if (line < 0 || line >= m_result.records.size())
        return {};
    const InvoiceLine& l = m_result.records[line].line();
    return l.customerName.isEmpty() ? l.customerKey : l.customerName;
}

int PushReviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PushReviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PushReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case AgreementColumn:
        return tr("Agreement");
    case ProductColumn:
        return tr("Product");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

QVariant PushReviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const PushAction action = effective(row.action);
    const bool skipped = row.change < 0;
    if (isPriceCell(index) && !m_prices.contains(row.action)) {
        // The catalog has no price: the cell asks for one.
        if (role == Qt::DisplayRole)
            return action.neededField == QLatin1String("unitCost") ? tr("type the cost") : tr("type the price");
        if (role == Qt::EditRole)
            return QString();
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::Link);
        if (role == Qt::ToolTipRole)
            return m_actions[row.action].skipReason;
    }
    if (role == Qt::EditRole && isPriceCell(index))
        return m_prices.contains(row.action) ? DecimalText::format(m_prices.value(row.action)) : QString();
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == BeforeColumn || index.column() == AfterColumn ||
                             (index.column() == ChangeColumn && !skipped);
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && skipped)
        return QBrush(GridColours::dimmedText(QGuiApplication::palette()));
    if (role == Qt::ToolTipRole && skipped)
        return action.skipReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerColumn:
        return customerOf(action);
    case AgreementColumn:
        if (const Agreement* a = m_directory.agreement(action.agreementId))
            return a->name;
        return QString::number(action.agreementId);
    case ProductColumn:
        return action.productIdentifier;
    case FieldColumn:
        if (skipped)
            return tr("not pushed");
        return action.isCreate() ? tr("New addition: %1")
                                       .arg(LineText::fieldName(action.changes[row.change].field).toLower())
                                 : LineText::fieldName(action.changes[row.change].field);
    }
    if (skipped)
        return index.column() == ChangeColumn ? QVariant(action.skipReason) : QVariant();
    const PushChange& change = action.changes[row.change];
    const bool isQuantity = change.field == QLatin1String("quantity");
    auto show = [&](const Decimal& d) { return isQuantity ? LineText::quantity(d) : LineText::money(d); };
    switch (index.column()) {
    case BeforeColumn:
        return action.isCreate() ? QStringLiteral("—") : show(change.oldValue);
    case AfterColumn:
        return show(change.newValue);
    case ChangeColumn: {
        if (action.needsPrice && change.field == action.neededField)
            return tr("not in the catalog: type it in After (0 only if free)");
        const Decimal delta = change.newValue - change.oldValue;
        return isQuantity ? LineText::signedQuantity(delta) : LineText::signedMoney(delta);
    }
    }
    return {};
}

} // namespace il::ui
