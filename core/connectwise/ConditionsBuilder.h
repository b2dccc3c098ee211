#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace il {

// Builds ConnectWise `conditions` strings (connectwise.md §4) with every value written the way
// the server parses it, and splits long `in (…)` lists so each URL stays under 2,000 characters.
// Literals are text already in condition syntax: make them with string(), number(), ...
class ConditionsBuilder {
public:
    // "text" with \ and " escaped by a backslash.
    static QString string(QStringView value);
    static QString number(qint64 value);
    static QString number(Decimal value);
    static QString boolean(bool value); // true / false
    // [2026-10-01T00:00:00Z]; the time is converted to UTC.
    static QString dateTime(const QDateTime& value);
    // Midnight UTC of the day: [2026-10-01T00:00:00Z].
    static QString date(QDate value);
    static QString null() { return QStringLiteral("null"); }

    // path op literal, e.g. compare("_info/lastUpdated", ">", dateTime(t)).
    static QString compare(const QString& path, const QString& op, const QString& literal);
    static QString equals(const QString& path, const QString& literal) {
        return compare(path, QStringLiteral("="), literal);
    }
    // path in (a, b, c)
    static QString in(const QString& path, const QStringList& literals);
    // Joins with and/or; blank parts are skipped and parts holding an `or` are parenthesized.
    static QString allOf(const QStringList& conditions);
    static QString anyOf(const QStringList& conditions);

    // Percent-encodes a query value (UTF-8): everything but A–Z a–z 0–9 - . _ ~ / , ( ) : is
    // encoded, so & " ' * % + [ ] and spaces never reach the server raw (DG "Escaping Characters").
    static QByteArray encode(QStringView value);

    // `path in (…)` conditions, each combined by `and` with `extra` (may be empty), whose encoded
    // form is at most maxEncodedLength characters. Duplicate literals are sent once. Throws
    // UserError when a single literal cannot fit.
    static QStringList inBatches(const QString& path, const QStringList& literals, int maxEncodedLength,
                                 const QString& extra = {});
};

} // namespace il
