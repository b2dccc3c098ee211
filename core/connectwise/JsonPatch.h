#pragma once

#include "money/Decimal.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace il {

// One JSON Patch operation for a ConnectWise PATCH (connectwise.md §6.1). Paths are
// case-sensitive field names without a leading slash ("quantity", "unitCost"); an object field
// (product, ...) is replaced whole. Numbers keep their exact Decimal digits on the wire.
class JsonPatch {
public:
    static JsonPatch replace(const QString& path, Decimal value);
    static JsonPatch replaceText(const QString& path, const QString& value);
    static JsonPatch replaceFlag(const QString& path, bool value);
    // "2026-10-31T00:00:00Z"; a null date writes null (clears the field).
    static JsonPatch replaceDate(const QString& path, QDate value);
    // {"id": id}, for references such as product.
    static JsonPatch replaceReference(const QString& path, int id);
    static JsonPatch remove(const QString& path);

    const QString& op() const { return m_op; }
    const QString& path() const { return m_path; }
    // The value as JSON text; empty for remove.
    const QByteArray& valueJson() const { return m_value; }

    // {"op":"replace","path":"quantity","value":5}
    QByteArray toJson() const;
    // [{"op":…}, …]: the PATCH body.
    static QByteArray toJson(const QList<JsonPatch>& ops);

private:
    JsonPatch(QString op, QString path, QByteArray value);

    QString m_op;
    QString m_path;
    QByteArray m_value;
};

} // namespace il
