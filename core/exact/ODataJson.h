#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace il {

// Reading Exact's OData v2 JSON values at the boundary (api/exact-online.md §2.3–2.4).
class ODataJson {
public:
    // "/Date(1351209600000)/" (optionally "/Date(ms+0100)/") as UTC; ISO text is accepted too.
    // nullopt for null or anything else (other scripts' digits and overflowing numbers too).
    static std::optional<QDateTime> dateTime(const QJsonValue& v);
    // The UTC calendar date of such a value: Exact sends dates as midnight UTC, so the local
    // time zone must never shift them.
    static QDate date(const QJsonValue& v);
    // A GUID in lower case without braces; empty for null.
    static QString guid(const QJsonValue& v);
    // The same, but only for a string that is a GUID (8-4-4-4-12 hex digits, braces allowed);
    // nullopt for anything else, null included.
    static std::optional<QString> strictGuid(const QJsonValue& v);
    // An OData navigation property that was not expanded: {"__deferred":{"uri":…}}.
    static bool isDeferred(const QJsonValue& v);
    // Text of a string or number value; empty for null.
    static QString text(const QJsonValue& v);
    // An Edm.Double or Int as Decimal (never through a double past this point); nullopt for null.
    static std::optional<Decimal> decimal(const QJsonValue& v);
    static int integer(const QJsonValue& v, int fallback = 0);
    // The property of a record, ignoring `__metadata` and `__deferred` navigation values.
    static QJsonValue field(const QJsonObject& record, const QString& name);
};

} // namespace il
