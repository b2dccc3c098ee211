#include "exact/ODataJson.h"

#include <QRegularExpression>

namespace il {

std::optional<QDateTime> ODataJson::dateTime(const QJsonValue& v) {
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    // [0-9], not \d: \d also matches other scripts' digits, which toLongLong() reads as 0 (1970).
    static const QRegularExpression re(QStringLiteral(R"(^/Date\((-?[0-9]{1,15})([+-][0-9]{4})?\)/\z)"));
    const auto m = re.match(s);
    if (m.hasMatch()) {
        bool ok = false;
        const qint64 ms = m.captured(1).toLongLong(&ok);
        // The milliseconds are UTC; the optional offset only says where the value was written.
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        if (!ok || !t.isValid())
            return std::nullopt;
        return t;
    }
    QDateTime iso = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!iso.isValid())
        return std::nullopt;
    if (iso.timeSpec() == Qt::LocalTime)
        iso.setTimeSpec(Qt::UTC);
    return iso.toUTC();
}

QDate ODataJson::date(const QJsonValue& v) {
    const auto t = dateTime(v);
    return t ? t->date() : QDate();
}

QString ODataJson::guid(const QJsonValue& v) {
    QString g = text(v).toLower();
    if (g.startsWith(u'{') && g.endsWith(u'}'))
        g = g.mid(1, g.size() - 2);
    return g;
}

std::optional<QString> ODataJson::strictGuid(const QJsonValue& v) {
    if (!v.isString())
        return std::nullopt;
    QString g = v.toString().toLower();
    if (g.startsWith(u'{') && g.endsWith(u'}'))
        g = g.mid(1, g.size() - 2);
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    if (!re.match(g).hasMatch())
        return std::nullopt;
    return g;
}

bool ODataJson::isDeferred(const QJsonValue& v) {
    return v.isObject() && v.toObject().contains(QStringLiteral("__deferred"));
}

QString ODataJson::text(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<Decimal> ODataJson::decimal(const QJsonValue& v) {
    return Decimal::fromJson(v);
}

int ODataJson::integer(const QJsonValue& v, int fallback) {
    if (v.isDouble())
        return v.toInt(fallback);
    bool ok = false;
    const int i = v.toString().toInt(&ok);
    return ok ? i : fallback;
}

QJsonValue ODataJson::field(const QJsonObject& record, const QString& name) {
    const QJsonValue v = record.value(name);
    if (isDeferred(v))
        return QJsonValue::Null;
    return v;
}

} // namespace il
