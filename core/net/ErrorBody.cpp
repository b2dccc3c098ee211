#include "net/ErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace il {

namespace {
QString text(const QJsonValue& v) {
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}
} // namespace

QString ErrorBody::message(const QByteArray& body, const QByteArray& reasonHeader) {
    bool recognised = false;
    QString msg = fromJson(body, &recognised);
    if (!recognised)
        msg = fromText(body);
    const QString reason = QString::fromUtf8(reasonHeader).trimmed();
    if (!reason.isEmpty() && !msg.contains(reason))
        msg += QStringLiteral(" (%1)").arg(reason);
    return msg;
}

QString ErrorBody::fromJson(const QByteArray& body, bool* recognised) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    *recognised = false;
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(u"error");

    if (error.isObject()) { // Exact OData
        const QJsonObject e = error.toObject();
        const QJsonValue m = e.value(u"message");
        QString msg = m.isObject() ? text(m.toObject().value(u"value")) : text(m);
        if (msg.isEmpty())
            msg = text(e.value(u"code"));
        *recognised = !msg.isEmpty();
        return msg;
    }

    if (error.isString()) {
        const QString description = text(o.value(u"error_description"));
        if (!description.isEmpty()) { // OAuth
            *recognised = true;
            return QStringLiteral("%1: %2").arg(error.toString(), description);
        }
        const QString message = text(o.value(u"message"));
        *recognised = true; // ConnectWise 429 says "ConnectWiseAPI" in error: message is the news
        return message.isEmpty() ? error.toString() : message;
    }

    QString message = text(o.value(u"message"));
    if (message.isEmpty())
        message = text(o.value(u"code"));
    QStringList details;
    for (const QJsonValue& v : o.value(u"errors").toArray()) {
        const QJsonObject e = v.toObject();
        QString part = text(e.value(u"message"));
        if (part.isEmpty())
            part = text(e.value(u"code"));
        const QString field = text(e.value(u"field"));
        if (!field.isEmpty())
            part = QStringLiteral("%1: %2").arg(field, part);
        if (!part.isEmpty())
            details << part;
    }
    if (message.isEmpty() && details.isEmpty())
        return {};
    *recognised = true;
    if (details.isEmpty())
        return message;
    if (message.isEmpty())
        return details.join(u"; ");
    return QStringLiteral("%1 (%2)").arg(message, details.join(u"; "));
}

QString ErrorBody::fromText(const QByteArray& body) {
    QString t = QString::fromUtf8(body);
    if (t.trimmed().startsWith(u'<')) { // an HTML error page: its text, not its markup
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        t.replace(tags, QStringLiteral(" "));
    }
    t = t.simplified();
    if (t.isEmpty())
        return QStringLiteral("empty body");
    if (t.size() > MaxTextLength)
        t = t.left(MaxTextLength) + QStringLiteral("…");
    return t;
}

} // namespace il
