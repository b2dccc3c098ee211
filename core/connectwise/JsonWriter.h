#pragma once

#include "money/Decimal.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace il {

// Writes JSON request bodies as text, so a Decimal goes on the wire as its exact digits
// (a JSON number) instead of passing through a double in QJsonValue.
class JsonWriter {
public:
    static QByteArray string(const QString& value);
    static QByteArray number(Decimal value) { return value.toString().toLatin1(); }
    static QByteArray integer(qint64 value) { return QByteArray::number(value); }
    static QByteArray flag(bool value) { return value ? "true" : "false"; }
    // "2026-10-01T00:00:00Z", or null for a null date.
    static QByteArray date(QDate value);
    // {"id":42}
    static QByteArray reference(int id) { return "{\"id\":" + QByteArray::number(id) + '}'; }

    // Object building: JsonWriter().field("name", string(n)).field("quantity", number(q)).object()
    JsonWriter& field(const QString& key, const QByteArray& jsonValue);
    QByteArray object() const { return '{' + m_fields + '}'; }

private:
    QByteArray m_fields;
};

} // namespace il
