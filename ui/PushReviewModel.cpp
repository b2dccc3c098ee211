#include "PushReviewModel.h"

#include "LineText.h"
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
    m_result = result;
    m_directory = directory;
    m_rows.clear();
    m_changeCount = 0;
    m_quantityDelta = Decimal();
    m_amountDelta = Decimal();
    for (qsizetype a = 0; a < m_actions.size(); ++a) {
        const PushAction& action = m_actions[a];
        if (action.skipped())
            continue;
        for (qsizetype c = 0; c < action.changes.size(); ++c) {
            m_rows.append({a, c});
            ++m_changeCount;
            if (action.changes[c].field == QLatin1String("quantity"))
                m_quantityDelta += action.changes[c].newValue - action.changes[c].oldValue;
        }
        m_amountDelta += amountChange(action, m_result.comparedPriceField);
    }
    for (qsizetype a = 0; a < m_actions.size(); ++a)
        if (m_actions[a].skipped())
            m_rows.append({a, -1});
    endResetModel();
}

QList<PushAction> PushReviewModel::pushable() const {
    QList<PushAction> out;
    for (const PushAction& a : m_actions)
        if (!a.skipped() && !a.changes.isEmpty())
            out.append(a);
    return out;
}

Decimal PushReviewModel::amountChange(const PushAction& action, const QString& comparedPriceField) {
    const QString priceField = comparedPriceField == QLatin1String("unitPrice") ? QStringLiteral("unitPrice")
                                                                                : QStringLiteral("unitCost");
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
    if (line < 0 || line >= m_result.lines.size())
        return {};
    const InvoiceLine& l = m_result.lines[line].line;
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
    const PushAction& action = m_actions[row.action];
    const bool skipped = row.change < 0;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == BeforeColumn || index.column() == AfterColumn ||
                             (index.column() == ChangeColumn && !skipped);
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && skipped)
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
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
        const Decimal delta = change.newValue - change.oldValue;
        return isQuantity ? LineText::signedQuantity(delta) : LineText::signedMoney(delta);
    }
    }
    return {};
}

} // namespace il::ui
