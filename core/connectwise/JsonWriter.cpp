#include "connectwise/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace il {

QByteArray JsonWriter::string(const QString& value) {
    // Let Qt do the escaping: ["…"] minus the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray JsonWriter::date(QDate value) {
    if (!value.isValid())
        return "null";
    return '"' + value.toString(QStringLiteral("yyyy-MM-dd")).toLatin1() + "T00:00:00Z\"";
}

JsonWriter& JsonWriter::field(const QString& key, const QByteArray& jsonValue) {
    if (!m_fields.isEmpty())
        m_fields += ',';
    m_fields += string(key) + ':' + jsonValue;
    return *this;
}

} // namespace il
