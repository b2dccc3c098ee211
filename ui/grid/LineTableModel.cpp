#include "grid/LineTableModel.h"

#include "grid/DecisionCell.h"
#include "grid/GridColours.h"
#include "grid/LineText.h"
#include "grid/OriginIcon.h"

#include "reconcile/LineExplanation.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace il::ui {
namespace {

bool quantityOff(LineStatus s) {
    return s == LineStatus::QuantityMismatch || s == LineStatus::PriceAndQuantityMismatch;
}

bool priceOff(LineStatus s) {
    return s == LineStatus::PriceMismatch || s == LineStatus::PriceAndQuantityMismatch;
}

bool isNumeric(int column) {
    return column == InvoiceQuantityColumn || column == InvoicePriceColumn || column == CwQuantityColumn ||
           column == CwPriceColumn || column == DifferenceColumn;
}

QVariant raw(const Decimal& d) {
    return QVariant::fromValue<qint64>(d.raw());
}

// The mark of a line compared as part of a group: a bracket joining lines, as in a sum.
QIcon groupIcon() {
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x4a, 0x7f, 0xc1), size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal x = size * 0.35, w = size * 0.3;
        p.drawLine(QPointF(x + w, size * 0.15), QPointF(x, size * 0.15));
        p.drawLine(QPointF(x, size * 0.15), QPointF(x, size * 0.85));
        p.drawLine(QPointF(x, size * 0.85), QPointF(x + w, size * 0.85));
        p.drawLine(QPointF(x, size * 0.5), QPointF(x - w * 0.6, size * 0.5));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// A number cell as plain text with the decimals the grid shows (LineText's rules, without the
// user's locale), for the clipboard: whatever the display's grouping, the value stays exact.
QVariant plainNumber(const LineRecord& record, const Decimal& difference, int column) {
    const Finding& f = record.finding;
    auto money = [](const Decimal& v) { return v.rounded(2) == v ? v.toString(2) : v.toString(); };
    switch (column) {
    case InvoiceQuantityColumn:
        return record.line().quantity.toString();
    case InvoicePriceColumn:
        return money(record.line().unitPrice);
    case CwQuantityColumn:
        return f.hasAddition() ? QVariant(f.cwQuantity.toString()) : QVariant();
    case CwPriceColumn:
        return f.hasAddition() ? QVariant(money(f.cwComparedPrice)) : QVariant();
    case DifferenceColumn:
        return DeviationAmounts::counts(f.status) && !difference.isZero() ? QVariant(difference.rounded(2).toString(2))
                                                                          : QVariant();
    }
    return {};
}

} // namespace

LineTableModel::LineTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_originIcons[int(LinkOrigin::Auto)] = OriginIcon::icon(LinkOrigin::Auto);
    m_originIcons[int(LinkOrigin::Suggested)] = OriginIcon::icon(LinkOrigin::Suggested);
    m_originIcons[int(LinkOrigin::Confirmed)] = OriginIcon::icon(LinkOrigin::Confirmed);
    m_groupIcon = groupIcon();
}

bool LineTableModel::sameRows(const MonthResult& result) const {
    return result.month == m_result.month && result.records.size() == m_result.records.size() &&
           !result.records.isEmpty();
}

void LineTableModel::take(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan) {
    m_result = result;
    m_directory = directory;
    m_plan = plan;
    m_planOfLine.fill(-1, m_result.records.size());
    for (qsizetype a = 0; a < m_plan.size(); ++a)
        for (qsizetype line : m_plan[a].lineIndexes)
            if (line >= 0 && line < m_planOfLine.size())
                m_planOfLine[line] = int(a);
    m_amounts = DeviationAmounts::compute(m_result);
    QSet<qsizetype> stale;
    for (qsizetype line : std::as_const(m_highlighted))
        if (line >= m_result.records.size())
            stale.insert(line);
    m_highlighted.subtract(stale);
}

void LineTableModel::setMonth(const MonthResult& result, const CwDirectory& directory,
                              const QList<PushAction>& plan) {
    const bool same = sameRows(result);
    if (!same)
        beginResetModel();
    const bool priceFieldChanged = result.comparedPriceField != m_result.comparedPriceField;
    take(result, directory, plan);
    if (!same) {
        endResetModel();
        return;
    }
    if (priceFieldChanged)
        emit headerDataChanged(Qt::Horizontal, 0, GridColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, GridColumnCount - 1));
}

void LineTableModel::updateLines(const MonthResult& result, const CwDirectory& directory,
                                 const QList<PushAction>& plan, const QList<qsizetype>& rows) {
    if (!sameRows(result) || result.comparedPriceField != m_result.comparedPriceField) {
        setMonth(result, directory, plan);
        return;
    }
    // Besides the records the run names, a row shows its group's planned push and deviation
    // amount; a row whose record stayed may still see those change (a group gained a line).
    QList<bool> changed(result.records.size(), false);
    for (qsizetype row : rows)
        if (row >= 0 && row < changed.size())
            changed[row] = true;
    const QList<PushAction> oldPlan = m_plan;
    const QList<int> oldPlanOfLine = m_planOfLine;
    const DeviationAmounts oldAmounts = m_amounts;
    take(result, directory, plan);
    for (qsizetype row = 0; row < changed.size(); ++row) {
        if (changed[row])
            continue;
        const int wasIndex = oldPlanOfLine.value(row, -1);
        const PushAction* was = wasIndex < 0 ? nullptr : &oldPlan.at(wasIndex);
        const PushAction* now = plannedPush(row);
        changed[row] = bool(was) != bool(now) || (was && !(*was == *now)) ||
                       oldAmounts.perLine.value(row) != m_amounts.perLine.value(row);
    }
    // One dataChanged per run of adjacent changed rows: views and proxies redo only those.
    for (qsizetype first = 0; first < changed.size(); ++first) {
        if (!changed[first])
            continue;
        qsizetype last = first;
        while (last + 1 < changed.size() && changed[last + 1])
            ++last;
        emit dataChanged(index(int(first), 0), index(int(last), GridColumnCount - 1));
        first = last;
    }
}

void LineTableModel::clear() {
    beginResetModel();
    m_result = MonthResult();
    m_directory = CwDirectory();
    m_plan.clear();
    m_planOfLine.clear();
    m_amounts = DeviationAmounts();
    m_highlighted.clear();
    endResetModel();
}

const PushAction* LineTableModel::plannedPush(qsizetype line) const {
    const int a = m_planOfLine.value(line, -1);
    return a < 0 ? nullptr : &m_plan[a];
}

QString LineTableModel::pushLabel(const PushAction& action) {
    if (action.needsPrice)
        return tr("Create addition…"); // the review asks for the price the catalog lacks
    if (action.skipped())
        return {};
    if (action.isCreate())
        return tr("Create addition");
    bool quantity = false, price = false;
    for (const PushChange& c : action.changes) {
        quantity |= c.field == QLatin1String("quantity");
        price |= c.field != QLatin1String("quantity");
    }
    return quantity && price ? tr("Push both") : quantity ? tr("Push quantity") : tr("Push price");
}

QStringList LineTableModel::pushLabels() {
    return {tr("Create addition"), tr("Create addition…"), tr("Push both"), tr("Push quantity"), tr("Push price")};
}

int LineTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_result.records.size());
}

int LineTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : GridColumnCount;
}

Qt::ItemFlags LineTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // The link pickers edit these three; setLink does the work, so the model itself stays read-only.
    if (index.column() == CompanyColumn || index.column() == AgreementColumn ||
        index.column() == ProductColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LineTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    const QString price = LineText::priceName(m_result.comparedPriceField);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CustomerColumn:
            return tr("Customer");
        case ItemColumn:
            return tr("Item");
        case DescriptionColumn:
            return tr("Description");
        case InvoiceQuantityColumn:
            return tr("Quantity");
        case InvoicePriceColumn:
            return price;
        case CompanyColumn:
            return tr("Company");
        case AgreementColumn:
            return tr("Agreement");
        case ProductColumn:
            return tr("Product");
        case CwQuantityColumn:
            return tr("CW quantity");
        case CwPriceColumn:
            return tr("CW %1").arg(price.toLower());
        case DifferenceColumn:
            return tr("Difference");
        case StatusColumn:
            return tr("Status");
        case ActionColumn:
            return tr("Action");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InvoiceQuantityColumn:
        case InvoicePriceColumn:
            return tr("From the Exact Online invoice");
        case CompanyColumn:
        case AgreementColumn:
        case ProductColumn:
            return tr("The ConnectWise link; double-click or press F2 to choose");
        case CwQuantityColumn:
        case CwPriceColumn:
            return tr("From the ConnectWise agreement addition");
        case DifferenceColumn:
            return tr("Invoice amount minus ConnectWise quantity × %1, for the lines of one product together")
                .arg(price.toLower());
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant LineTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return DecisionCell::decorate(m_result.records[row], column, role, display(row, column));
    case Qt::EditRole:
        return column == CompanyColumn || column == AgreementColumn || column == ProductColumn
                   ? display(row, column)
                   : QVariant();
    case Qt::ToolTipRole:
        return DecisionCell::decorate(m_result.records[row], column, role, toolTip(row, column));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole: {
        if (column == InvoiceQuantityColumn)
            return m_result.records[row].finding.isGrouped() ? QVariant(m_groupIcon) : QVariant();
        const int o = origin(row, column).toInt();
        return o >= 0 && column >= CompanyColumn && column <= ProductColumn ? QVariant(m_originIcons[o])
                                                                            : QVariant();
    }
    case Qt::ForegroundRole:
        if ((column >= CompanyColumn && column <= ProductColumn) && origin(row, column).toInt() < 0)
            return QBrush(GridColours::dimmedText(QGuiApplication::palette()));
        if (column == DifferenceColumn && inCountedGroup(row) && !m_result.records[row].finding.groupLead)
            return QBrush(GridColours::dimmedText(QGuiApplication::palette()));
        return DecisionCell::decorate(m_result.records[row], column, role, {});
    case Qt::FontRole:
        return DecisionCell::decorate(m_result.records[row], column, role, {});
    case DecisionRole:
        return int(m_result.records[row].decision);
    case Qt::BackgroundRole:
        if (m_highlighted.contains(row))
            return QBrush(GridColours::tint(QGuiApplication::palette(), GridColours::Kind::Neutral));
        return {};
    case GroupRole: {
        QList<qlonglong> lines;
        const Finding& f = m_result.records[row].finding;
        if (f.isGrouped())
            for (qsizetype i : f.groupLines)
                lines.append(qlonglong(i));
        return QVariant::fromValue(lines);
    }
    case AgreementWebRole: {
        const int agreementId = m_result.records[row].linked.agreementId;
        return agreementId && m_agreementAddress ? QVariant(m_agreementAddress(agreementId)) : QVariant();
    }
    case LineIndexRole:
        return qlonglong(row);
    case NumberRole:
        return plainNumber(m_result.records[row], m_amounts.perLine.value(row), column);
    case StatusRole:
        return int(m_result.records[row].finding.status);
    case SortRole:
        return sortKey(row, column);
    case OriginRole:
        return origin(row, column);
    case DeviationRole:
        return DecisionCell::decorate(m_result.records[row], column, role, deviates(row, column));
    case LinkValueRole:
        return linkValue(row, column);
    case ActionRole:
        return int(m_result.records[row].action);
    case PushLabelRole: {
        const PushAction* a = plannedPush(row);
        return a ? pushLabel(*a) : QString();
    }
    case SearchTextRole: {
        const InvoiceLine& l = m_result.records[row].line();
        return QStringList{l.customerName, l.customerKey, l.itemCode, l.description};
    }
    }
    return {};
}

QVariant LineTableModel::display(int row, int column) const {
    const LinkedLine& l = m_result.records[row].linked;
    const Finding& f = m_result.records[row].finding;
    switch (column) {
    case CustomerColumn:
        return l.line.customerName.isEmpty() ? l.line.customerKey : l.line.customerName;
    case ItemColumn:
        return l.line.itemCode;
    case DescriptionColumn:
        return l.line.description;
    case InvoiceQuantityColumn:
        return LineText::quantity(l.line.quantity);
    case InvoicePriceColumn:
        return LineText::money(l.line.unitPrice);
    case CompanyColumn:
        if (!l.companyId)
            return tr("not linked");
        if (const Company* c = m_directory.company(l.companyId))
            return c->name;
        return tr("company %1").arg(l.companyId);
    case AgreementColumn:
        if (!l.agreementId)
            return l.companyId ? tr("choose…") : QString();
        if (const Agreement* a = m_directory.agreement(l.agreementId))
            return a->name;
        return tr("agreement %1").arg(l.agreementId);
    case ProductColumn:
        return l.productIdentifier.isEmpty() ? (l.companyId ? tr("choose…") : QString())
                                             : l.productIdentifier;
    case CwQuantityColumn:
        return f.hasAddition() ? LineText::quantity(f.cwQuantity) : QString();
    case CwPriceColumn:
        return f.hasAddition() ? LineText::money(f.cwComparedPrice) : QString();
    case DifferenceColumn: {
        // A group's difference is on its lead line only, so a column total counts it once.
        if (!f.groupLead)
            return inCountedGroup(row) ? tr("in group") : QString();
        const Decimal d = m_amounts.perLine.value(row);
        return !d.isZero() ? LineText::signedAmount(d) : QString();
    }
    case StatusColumn:
        return LineText::status(f.status);
    case ActionColumn:
        return actionText(row);
    }
    return {};
}

bool LineTableModel::deviates(int row, int column) const {
    const LinkedLine& l = m_result.records[row].linked;
    const LineStatus s = m_result.records[row].finding.status;
    switch (column) {
    case InvoiceQuantityColumn:
    case CwQuantityColumn:
        return quantityOff(s);
    case InvoicePriceColumn:
    case CwPriceColumn:
        return priceOff(s);
    case DifferenceColumn:
        return m_result.records[row].finding.groupLead && !m_amounts.perLine.value(row).isZero();
    case StatusColumn:
        return s != LineStatus::Ok;
    case CompanyColumn:
        return !l.companyId;
    case AgreementColumn:
        return !l.agreementId || s == LineStatus::AgreementInactive;
    case ProductColumn:
        return l.productIdentifier.isEmpty() || s == LineStatus::NoAddition;
    }
    return false;
}

QVariant LineTableModel::origin(int row, int column) const {
    const LinkedLine& l = m_result.records[row].linked;
    switch (column) {
    case CompanyColumn:
        return l.companyId ? int(l.companyOrigin) : -1;
    case AgreementColumn:
        return l.agreementId ? int(l.agreementOrigin) : -1;
    case ProductColumn:
        // The product is remembered with the agreement (one line link), so it shares its origin.
        if (l.productIdentifier.isEmpty())
            return -1;
        return int(l.agreementId ? l.agreementOrigin : l.companyOrigin);
    }
    return -1;
}

QVariant LineTableModel::linkValue(int row, int column) const {
    const LinkedLine& l = m_result.records[row].linked;
    switch (column) {
    case CompanyColumn:
        return l.companyId;
    case AgreementColumn:
        return l.agreementId;
    case ProductColumn:
        return l.productIdentifier;
    }
    return {};
}

QVariant LineTableModel::sortKey(int row, int column) const {
    const LinkedLine& l = m_result.records[row].linked;
    const Finding& f = m_result.records[row].finding;
    switch (column) {
    case InvoiceQuantityColumn:
        return raw(l.line.quantity);
    case InvoicePriceColumn:
        return raw(l.line.unitPrice);
    case CwQuantityColumn:
        return f.hasAddition() ? raw(f.cwQuantity)
                               : QVariant::fromValue<qint64>(std::numeric_limits<qint64>::min());
    case CwPriceColumn:
        return f.hasAddition() ? raw(f.cwComparedPrice)
                               : QVariant::fromValue<qint64>(std::numeric_limits<qint64>::min());
    case DifferenceColumn:
        // Biggest deviations first when sorted descending, whatever their sign.
        return raw(m_amounts.perLine.value(row).abs());
    case StatusColumn:
        return int(f.status);
    case ActionColumn:
        return int(m_result.records[row].action) * 2 + (plannedPush(row) ? 1 : 0);
    }
    return display(row, column).toString().toCaseFolded();
}

} // namespace il::ui

namespace il::ui {

QString LineTableModel::actionText(int row) const {
    const LineRecord& r = m_result.records[row];
    if (r.action != LineAction::None)
        return LineText::action(r.action, r.outcome);
    if (const PushAction* a = plannedPush(row); a && a->skipped() && !a->needsPrice)
        return tr("Fix by hand");
    return {};
}

QString LineTableModel::actionToolTip(int row) const {
    QStringList parts;
    if (const LineRecord& r = m_result.records[row]; r.action != LineAction::None && !r.actionDetail.isEmpty())
        parts << r.actionDetail;
    if (const PushAction* a = plannedPush(row)) {
        if (a->needsPrice) {
            parts << tr("%1 of %2: %3; the review asks you for it")
                         .arg(pushLabel(*a), a->productIdentifier, a->skipReason);
        } else if (a->skipped()) {
            parts << tr("Not pushed: %1").arg(a->skipReason);
        } else {
            QStringList changes;
            for (const PushChange& c : a->changes)
                changes << (a->isCreate()
                                ? tr("%1 %2").arg(LineText::fieldName(c.field),
                                                  LineText::quantity(c.newValue))
                                : tr("%1 %2 → %3")
                                      .arg(LineText::fieldName(c.field), LineText::quantity(c.oldValue),
                                           LineText::quantity(c.newValue)));
            parts << tr("%1 on addition of %2: %3")
                         .arg(pushLabel(*a), a->productIdentifier, changes.join(QStringLiteral(", ")));
            if (a->lineIndexes.size() > 1)
                parts << tr("Fixes the %1 lines of this product together").arg(a->lineIndexes.size());
        }
    }
    return parts.join(u'\n');
}

QString LineTableModel::differenceToolTip(int row) const {
    const Finding& f = m_result.records[row].finding;
    if (!f.groupLead && inCountedGroup(row)) {
        const InvoiceLine lead = m_result.records.value(f.groupLines.first()).line();
        return tr("This line is compared with the other lines of its product (%1); the group's difference "
                  "is counted once, on invoice %2, line %3")
            .arg(LineExplanation::groupSum(f), lead.invoiceNumber)
            .arg(lead.lineNumber);
    }
    if (m_amounts.perLine.value(row).isZero())
        return {};
    const QString price = LineText::priceName(m_result.comparedPriceField).toLower();
    QStringList parts;
    if (f.hasAddition())
        parts << tr("ConnectWise: %1 × %2 %3 = %4")
                     .arg(LineText::quantity(f.cwQuantity), price, LineText::money(f.cwComparedPrice),
                          LineText::money(f.cwQuantity * f.cwComparedPrice));
    else
        parts << tr("ConnectWise has no addition for this product");
    parts << tr("Invoice minus ConnectWise: %1").arg(LineText::signedMoney(m_amounts.perLine.value(row)));
    if (!f.hasAddition())
        parts << tr("Invoice amount: %1").arg(LineText::money(m_amounts.perLine.value(row)));
    if (f.isGrouped())
        parts << tr("For the %1 invoice lines of this product together (%2)")
                     .arg(f.groupSize)
                     .arg(LineExplanation::groupSum(f));
    return parts.join(u'\n');
}

QVariant LineTableModel::toolTip(int row, int column) const {
    const LinkedLine& l = m_result.records[row].linked;
    const Finding& f = m_result.records[row].finding;
    const bool qOff = quantityOff(f.status), pOff = priceOff(f.status);
    switch (column) {
    case CustomerColumn:
        return l.line.customerKey == l.line.customerName
                   ? l.line.customerName
                   : tr("%1 (key %2)").arg(l.line.customerName, l.line.customerKey);
    case DescriptionColumn:
        return tr("%1\nInvoice %2, line %3")
            .arg(l.line.description, l.line.invoiceNumber)
            .arg(l.line.lineNumber);
    case InvoiceQuantityColumn:
        return quantityToolTip(row);
    case CwQuantityColumn:
        return qOff ? tr("Invoice: %1").arg(LineText::quantity(f.invoiceQuantity)) : QVariant();
    case InvoicePriceColumn:
        return pOff ? tr("ConnectWise: %1").arg(LineText::money(f.cwComparedPrice)) : QVariant();
    case CwPriceColumn:
        return pOff ? tr("Invoice: %1").arg(LineText::money(l.line.unitPrice)) : QVariant();
    case CompanyColumn:
    case AgreementColumn:
    case ProductColumn: {
        const int o = origin(row, column).toInt();
        if (o < 0)
            return l.unlinkedReason.isEmpty() ? tr("Not linked; double-click to choose") : l.unlinkedReason;
        QString what = display(row, column).toString();
        if (column == CompanyColumn)
            if (const Company* c = m_directory.company(l.companyId))
                what = tr("%1 (%2)").arg(c->name, c->identifier);
        if (column == ProductColumn)
            if (const CatalogItem* item = m_directory.catalogItem(l.productIdentifier))
                what = tr("%1 — %2").arg(item->identifier, item->description);
        QString tip = tr("%1\n%2").arg(what, LineText::originExplained(LinkOrigin(o)));
        if (column == AgreementColumn && f.status == LineStatus::AgreementInactive)
            tip += u'\n' + f.reason;
        return tip;
    }
    case DifferenceColumn:
        return differenceToolTip(row);
    case StatusColumn:
        return f.reason.isEmpty() ? QVariant() : QVariant(f.reason);
    case ActionColumn: {
        const QString tip = actionToolTip(row);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    }
    return {};
}

} // namespace il::ui

namespace il::ui {

void LineTableModel::setAgreementAddresses(std::function<QUrl(int)> address) {
    m_agreementAddress = std::move(address);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, GridColumnCount - 1), {AgreementWebRole});
}

void LineTableModel::setCurrentLine(std::optional<qsizetype> line) {
    QSet<qsizetype> now;
    if (line && *line >= 0 && *line < m_result.records.size()) {
        const Finding& f = m_result.records[*line].finding;
        if (f.isGrouped())
            for (qsizetype i : f.groupLines)
                if (i != *line)
                    now.insert(i);
    }
    if (now == m_highlighted)
        return;
    QSet<qsizetype> touched = m_highlighted;
    touched.unite(now);
    m_highlighted = now;
    for (qsizetype row : std::as_const(touched))
        if (row < rowCount())
            emit dataChanged(index(int(row), 0), index(int(row), GridColumnCount - 1), {Qt::BackgroundRole});
}

bool LineTableModel::inCountedGroup(int row) const {
    const Finding& f = m_result.records[row].finding;
    return f.isGrouped() && !m_amounts.perLine.value(f.groupLines.first()).isZero();
}

QString LineTableModel::quantityToolTip(int row) const {
    const Finding& f = m_result.records[row].finding;
    QStringList parts;
    if (f.isGrouped())
        parts << tr("Compared as a group: %1").arg(LineExplanation::groupSum(f));
    if (quantityOff(f.status))
        parts << tr("ConnectWise: %1").arg(LineText::quantity(f.cwQuantity));
    return parts.join(u'\n');
}

} // namespace il::ui
