#include "connectwise/JsonPatch.h"

#include "connectwise/JsonWriter.h"

namespace il {

JsonPatch::JsonPatch(QString op, QString path, QByteArray value)
    : m_op(std::move(op))
    , m_path(std::move(path))
    , m_value(std::move(value)) {}

JsonPatch JsonPatch::replace(const QString& path, Decimal value) {
    return JsonPatch(QStringLiteral("replace"), path, JsonWriter::number(value));
}

JsonPatch JsonPatch::replaceText(const QString& path, const QString& value) {
    return JsonPatch(QStringLiteral("replace"), path, JsonWriter::string(value));
}

JsonPatch JsonPatch::replaceFlag(const QString& path, bool value) {
    return JsonPatch(QStringLiteral("replace"), path, JsonWriter::flag(value));
}

JsonPatch JsonPatch::replaceDate(const QString& path, QDate value) {
    return JsonPatch(QStringLiteral("replace"), path, JsonWriter::date(value));
}

JsonPatch JsonPatch::replaceReference(const QString& path, int id) {
    return JsonPatch(QStringLiteral("replace"), path, JsonWriter::reference(id));
}

JsonPatch JsonPatch::remove(const QString& path) {
    return JsonPatch(QStringLiteral("remove"), path, {});
}

QByteArray JsonPatch::toJson() const {
    JsonWriter w;
    w.field(QStringLiteral("op"), JsonWriter::string(m_op))
        .field(QStringLiteral("path"), JsonWriter::string(m_path));
    if (!m_value.isEmpty())
        w.field(QStringLiteral("value"), m_value);
    return w.object();
}

QByteArray JsonPatch::toJson(const QList<JsonPatch>& ops) {
    QByteArray out = "[";
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (i)
            out += ',';
        out += ops[i].toJson();
    }
    return out + ']';
}

} // namespace il
