#include "store/TransferChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace il {

const QString& TransferChain::genesis() {
    static const QString zeros(64, QLatin1Char('0'));
    return zeros;
}

QString TransferChain::canonicalColumns() {
    return QStringLiteral(
        "id, run_id, month, created_at, line_id, agreement_id, addition_id, field, old_value, "
        "new_value, outcome, message, request_id, user_name, note, prev_hash, resolves, detail, chain, "
        "target, object_kind, object_id");
}

int TransferChain::columnCount(int version) {
    switch (version) {
    case 1:
        return 16;
    case 2:
        return 19;
    default:
        return 22;
    }
}

QString TransferChain::createdAtText(const QDateTime& createdAt) {
    return createdAt.toUTC().toString(Qt::ISODateWithMs);
}

TransferChain::Row TransferChain::rowOf(const Transfer& t) {
    auto decimal = [](const std::optional<Decimal>& d) -> std::optional<QString> {
        if (!d)
            return std::nullopt;
        return d->toString();
    };
    auto optionalText = [](const QString& s) -> std::optional<QString> {
        if (s.isEmpty())
            return std::nullopt;
        return s;
    };
    return {QString::number(t.id),
            t.runId ? std::optional<QString>(QString::number(t.runId)) : std::nullopt,
            t.month,
            createdAtText(t.createdAt),
            t.lineId,
            QString::number(t.agreementId),
            QString::number(t.additionId),
            toString(t.field),
            decimal(t.oldValue),
            decimal(t.newValue),
            toString(t.outcome),
            t.message,
            t.requestId,
            t.user,
            t.note,
            t.prevHash,
            t.resolves ? std::optional<QString>(QString::number(t.resolves)) : std::nullopt,
            optionalText(t.detail),
            QString::number(CurrentVersion),
            toString(t.target),
            toString(t.objectKind),
            t.objectId};
}

std::optional<QString> TransferChain::hash(const Row& row, int version) {
    if (version < 1 || version > CurrentVersion)
        return std::nullopt;
    // A JSON array is unambiguous (every value quoted and escaped) and stable across platforms.
    QJsonArray array{QStringLiteral("invoicelink-transfer-%1").arg(version)};
    const int columns = columnCount(version);
    for (int i = 0; i < columns && i < int(row.size()); ++i)
        array.append(row[i] ? QJsonValue(*row[i]) : QJsonValue(QJsonValue::Null));
    const QByteArray canonical = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString TransferChain::derivedObjectId(const QString& additionId) {
    return additionId == QLatin1String("0") ? QString() : additionId;
}

bool TransferChain::derivedOk(const Row& row, int version) {
    if (version >= 3)
        return true;
    if (int(row.size()) <= ObjectIdColumn)
        return false;
    const auto text = [&row](int column) { return row[column].value_or(QString()); };
    return text(TargetColumn) == toString(TargetSystem::ConnectWise) &&
           text(ObjectKindColumn) == toString(TransferObject::AgreementAddition) &&
           text(ObjectIdColumn) == derivedObjectId(text(AdditionIdColumn));
}

} // namespace il
