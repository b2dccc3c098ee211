#include "log/TransferTableModel.h"

#include "money/DecimalText.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace il::ui {
namespace {

// Prices with at least two decimals (12.50), more only when the value has them; quantities
// exactly as they are.
QString valueText(const std::optional<Decimal>& value, TransferField field) {
    if (!value)
        return {};
    // A create's rows do not say whether they carry the quantity or a price: exact text.
    if (field == TransferField::Quantity || field == TransferField::Create)
        return DecimalText::format(*value);
    return DecimalText::format(*value, value->rounded(2) == *value ? 2 : -1);
}

} // namespace

TransferTableModel::TransferTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TransferTableModel::setTransfers(std::vector<Transfer> transfers, QHash<QString, QString> notes,
                                      QHash<QString, QString> lineLabels) {
    beginResetModel();
    m_transfers = std::move(transfers);
    m_notes = std::move(notes);
    m_lineLabels = std::move(lineLabels);
    endResetModel();
}

QString TransferTableModel::note(int row) const {
    const Transfer& t = transfer(row);
    return m_notes.value(noteKey(t.month, t.lineId));
}

void TransferTableModel::setNote(const QString& month, const QString& lineId, const QString& text) {
    if (text.trimmed().isEmpty())
        m_notes.remove(noteKey(month, lineId));
    else
        m_notes.insert(noteKey(month, lineId), text);
    for (int row = 0; row < rowCount(); ++row) {
        const Transfer& t = transfer(row);
        if (t.month == month && t.lineId == lineId)
            emit dataChanged(index(row, Note), index(row, Note));
    }
}

QString TransferTableModel::outcomeText(TransferOutcome outcome) {
    switch (outcome) {
    case TransferOutcome::Pushed:
        return tr("Pushed");
    case TransferOutcome::AlreadyInEffect:
        return tr("Already in effect");
    case TransferOutcome::RefusedChanged:
        return tr("Refused: changed in ConnectWise");
    case TransferOutcome::Failed:
        return tr("Failed");
    case TransferOutcome::Intent:
        return tr("Sent, outcome unknown");
    case TransferOutcome::NotApplied:
        return tr("Not applied (answer lost)");
    case TransferOutcome::Recorded:
        return tr("Decision recorded");
    }
    return {};
}

QString TransferTableModel::fieldText(TransferField field) {
    switch (field) {
    case TransferField::Quantity:
        return tr("Quantity");
    case TransferField::UnitCost:
        return tr("Unit cost");
    case TransferField::UnitPrice:
        return tr("Unit price");
    case TransferField::Create:
        return tr("New addition");
    case TransferField::Decision:
        return tr("Decision");
    }
    return {};
}

QString TransferTableModel::recordText(const Transfer& t) {
    const QString system = t.target == TargetSystem::ExactOnline ? QStringLiteral("Exact Online")
                                                                 : QStringLiteral("ConnectWise");
    QString kind;
    switch (t.objectKind) {
    case TransferObject::AgreementAddition:
        kind = tr("agreement addition");
        break;
    case TransferObject::Agreement:
        kind = tr("agreement");
        break;
    case TransferObject::CatalogItem:
        kind = tr("catalog item");
        break;
    case TransferObject::SalesInvoice:
        kind = tr("sales invoice");
        break;
    }
    // A create that failed never got an id.
    return t.objectId.isEmpty() ? QStringLiteral("%1 · %2").arg(system, kind)
                                : QStringLiteral("%1 · %2 %3").arg(system, kind, t.objectId);
}

int TransferTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_transfers.size());
}

int TransferTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferTableModel::display(const Transfer& t, int column) const {
    switch (column) {
    case Time:
        return QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Month:
        return t.month;
    case Line:
        return m_lineLabels.value(t.lineId, t.lineId);
    case Agreement:
        return t.agreementId ? QString::number(t.agreementId) : QString();
    case Addition:
        return t.additionId ? QString::number(t.additionId) : QString();
    case Field:
        return fieldText(t.field);
    case Old:
        return valueText(t.oldValue, t.field);
    case New:
        return valueText(t.newValue, t.field);
    case Outcome:
        return outcomeText(t.outcome);
    case Message:
        return t.message;
    case User:
        return t.user;
    case Note:
        return m_notes.value(noteKey(t.month, t.lineId));
    }
    return {};
}

QVariant TransferTableModel::sortValue(const Transfer& t, int column) const {
    switch (column) {
    case Time:
        return t.createdAt.toMSecsSinceEpoch();
    case Agreement:
        return qint64(t.agreementId);
    case Addition:
        return qint64(t.additionId);
    case Old:
        return t.oldValue ? QVariant(qint64(t.oldValue->raw()))
                          : QVariant(std::numeric_limits<qint64>::min());
    case New:
        return t.newValue ? QVariant(qint64(t.newValue->raw()))
                          : QVariant(std::numeric_limits<qint64>::min());
    default:
        return display(t, column);
    }
}

QVariant TransferTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer& t = transfer(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Line)
            return display(t, Line) == t.lineId ? t.lineId : display(t, Line) + u'\n' + t.lineId;
        if (index.column() == Message || index.column() == Note)
            return display(t, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Old || index.column() == New || index.column() == Agreement ||
            index.column() == Addition)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Mid-tone colours read on light and dark palettes alike.
        if (index.column() == Outcome &&
            (t.outcome == TransferOutcome::Failed || t.outcome == TransferOutcome::NotApplied))
            return QColor(0xd9, 0x4f, 0x3d);
        // An unchecked write is as urgent as a refusal: the next push settles it first.
        if (index.column() == Outcome &&
            (t.outcome == TransferOutcome::RefusedChanged || t.outcome == TransferOutcome::Intent))
            return QColor(0xd6, 0x8a, 0x1c);
        return {};
    case SortRole:
        return sortValue(t, index.column());
    case OutcomeRole:
        return toString(t.outcome);
    case TransferIdRole:
        return t.id;
    case LineIdRole:
        return t.lineId;
    case MonthRole:
        return t.month;
    }
    return {};
}

QVariant TransferTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Month:
        return tr("Month");
    case Line:
        return tr("Invoice line");
    case Agreement:
        return tr("Agreement");
    case Addition:
        return tr("Addition");
    case Field:
        return tr("Field");
    case Old:
        return tr("Before");
    case New:
        return tr("After");
    case Outcome:
        return tr("Outcome");
    case Message:
        return tr("ConnectWise's message");
    case User:
        return tr("By");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace il::ui
