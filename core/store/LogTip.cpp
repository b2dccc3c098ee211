#include "store/LogTip.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace il {
namespace {

bool isHash(const QString& hash) {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(hash).hasMatch();
}

} // namespace

QString LogTip::text() const {
    return QStringLiteral("%1:%2").arg(id).arg(hash);
}

QString LogTip::sentence() const {
    if (isEmpty())
        return QStringLiteral("Transfer log tip: the log is empty.");
    return QStringLiteral("Transfer log tip (for log verify --tip): %1").arg(text());
}

std::optional<LogTip> LogTip::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 id = trimmed.left(colon).toLongLong(&ok);
    const QString hash = trimmed.mid(colon + 1).toLower();
    if (!ok || id <= 0 || !isHash(hash))
        return std::nullopt;
    return LogTip{id, hash, {}};
}

QString LogTip::toJson() const {
    const QJsonObject o{{QStringLiteral("id"), QJsonValue(id)},
                        {QStringLiteral("hash"), hash},
                        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<LogTip> LogTip::fromJson(const QString& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QString hash = o.value(QStringLiteral("hash")).toString();
    // Ids are row numbers, far below 2^53, so the JSON double holds them exactly.
    const double number = id.toDouble();
    if (!id.isDouble() || !(number >= 1 && number <= 9e15) || number != double(qint64(number)) ||
        !isHash(hash))
        return std::nullopt;
    LogTip tip{qint64(number), hash, {}};
    tip.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
    return tip;
}

} // namespace il
