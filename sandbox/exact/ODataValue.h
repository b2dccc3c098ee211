#pragma once

#include "money/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace il::sandbox {

// The Edm types the fake serves.
enum class EdmType { String, Guid, DateTime, Int16, Int32, Int64, Double, Boolean, Navigation };

// One typed value inside a $filter evaluation: a literal, or a record's field read by its type.
struct ODataValue {
    enum class Kind { Null, Boolean, Number, String, Guid, DateTime };
    Kind kind = Kind::Null;
    bool boolean = false;
    Decimal number;
    bool integral = false; // for the .NET type name in error messages
    QString text;          // String, and Guid in lower case
    QDateTime dateTime;    // UTC

    static ODataValue null() { return {}; }
    static ODataValue fromBool(bool b);
    static ODataValue fromNumber(Decimal d, bool integral);
    static ODataValue fromString(QString s);
    static ODataValue fromGuid(const QString& g);
    static ODataValue fromDateTime(QDateTime t);

    // A record's wire value read as its Edm type ("/Date(ms)/" for DateTime).
    static ODataValue fromWire(const QJsonValue& wire, EdmType type);

    // "System.Guid", "System.Int32", "System.String", ... as .NET names them in Exact's errors.
    QString dotNetTypeName() const;
};

// "/Date(1351209600000)/" for a UTC time; the Exact wire form of Edm.DateTime.
QString toWireDate(const QDateTime& utc);
// Parses "/Date(ms)/" (an optional +hhmm suffix is ignored); invalid when it is not one.
QDateTime fromWireDate(const QString& text);
QString edmTypeName(EdmType type);

} // namespace il::sandbox
