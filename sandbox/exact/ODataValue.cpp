#include "sandbox/exact/ODataValue.h"

#include <QRegularExpression>

namespace il::sandbox {

ODataValue ODataValue::fromBool(bool b) {
    ODataValue v;
    v.kind = Kind::Boolean;
    v.boolean = b;
    return v;
}

ODataValue ODataValue::fromNumber(Decimal d, bool integral) {
    ODataValue v;
    v.kind = Kind::Number;
    v.number = d;
    v.integral = integral;
    return v;
}

ODataValue ODataValue::fromString(QString s) {
    ODataValue v;
    v.kind = Kind::String;
    v.text = std::move(s);
    return v;
}

ODataValue ODataValue::fromGuid(const QString& g) {
    ODataValue v;
    v.kind = Kind::Guid;
    v.text = g.toLower();
    return v;
}

ODataValue ODataValue::fromDateTime(QDateTime t) {
    ODataValue v;
    v.kind = Kind::DateTime;
    v.dateTime = std::move(t);
    return v;
}

ODataValue ODataValue::fromWire(const QJsonValue& wire, EdmType type) {
    if (wire.isNull() || wire.isUndefined())
        return null();
    switch (type) {
    case EdmType::String:
        return fromString(wire.toString());
    case EdmType::Guid:
        return fromGuid(wire.toString());
    case EdmType::DateTime:
        return fromDateTime(fromWireDate(wire.toString()));
    case EdmType::Int16:
    case EdmType::Int32:
    case EdmType::Int64:
        return fromNumber(Decimal::fromJson(wire).value_or(Decimal()), true);
    case EdmType::Double:
        return fromNumber(Decimal::fromJson(wire).value_or(Decimal()), false);
    case EdmType::Boolean:
        return fromBool(wire.toBool());
    case EdmType::Navigation:
        return null();
    }
    return null();
}

QString ODataValue::dotNetTypeName() const {
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("System.Object");
    case Kind::Boolean:
        return QStringLiteral("System.Boolean");
    case Kind::Number:
        return integral ? QStringLiteral("System.Int32") : QStringLiteral("System.Double");
    case Kind::String:
        return QStringLiteral("System.String");
    case Kind::Guid:
        return QStringLiteral("System.Guid");
    case Kind::DateTime:
        return QStringLiteral("System.DateTime");
    }
    return {};
}

QString toWireDate(const QDateTime& utc) {
    return QStringLiteral("/Date(%1)/").arg(utc.toMSecsSinceEpoch());
}

QDateTime fromWireDate(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(^/Date\((-?\d+)([+-]\d{4})?\)/$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
}

QString edmTypeName(EdmType type) {
    switch (type) {
    case EdmType::String:
        return QStringLiteral("Edm.String");
    case EdmType::Guid:
        return QStringLiteral("Edm.Guid");
    case EdmType::DateTime:
        return QStringLiteral("Edm.DateTime");
    case EdmType::Int16:
        return QStringLiteral("Edm.Int16");
    case EdmType::Int32:
        return QStringLiteral("Edm.Int32");
    case EdmType::Int64:
        return QStringLiteral("Edm.Int64");
    case EdmType::Double:
        return QStringLiteral("Edm.Double");
    case EdmType::Boolean:
        return QStringLiteral("Edm.Boolean");
    case EdmType::Navigation:
        return QStringLiteral("Navigation");
    }
    return {};
}

} // namespace il::sandbox
