#pragma once

#include "money/Decimal.h"
#include "errors/ApiError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace il {

// One record of an API answer, read strictly (issue 7: bad data stops the run, it never becomes
// a number). Each getter returns what the JSON says or throws an ApiError of kind Parse whose
// message names the system, the request, the record and the field, e.g.
//   Exact Online GET purchase/PurchaseInvoiceLines failed: unreadable response — line
//   9f1c…-… has an unreadable Quantity ("1,5")
// A path reaches into nested objects with '/': "product/id".
class JsonRecord {
public:
    // what: the request the record came from, "GET purchase/PurchaseInvoiceLines";
    // kind: what a record is called in messages, "line", "addition".
    JsonRecord(QJsonObject record, QString system, QString what, QString kind);

    // From now on messages call the record "<kind> <id><detail>" instead of "a <kind>".
    void identify(const QString& id, const QString& detail = {});
    QString label() const;

    // Undefined when absent (also when a parent on the path is absent or no object).
    QJsonValue value(const QString& path) const;
    bool isAbsentOrNull(const QString& path) const;

    // A finite number in range (Decimal::fromJson); absent or null fails.
    Decimal decimal(const QString& path) const;
    // Absent or null gives nullopt; anything else must be a number.
    std::optional<Decimal> optionalDecimal(const QString& path) const;
    // An id: a whole number above 0.
    int id(const QString& path) const;
    // A whole number in int range (or its digits as text); absent or null gives ifAbsent.
    int integer(const QString& path, int ifAbsent = 0) const;
    // A string as sent, or a whole number's digits; absent or null gives "". Objects, arrays,
    // booleans and fractions fail: they are not text a rule can match on.
    QString text(const QString& path) const;
    // Like text(), but absent, null or blank fails.
    QString requiredText(const QString& path) const;
    // true/false, or the text "True"/"false" (ConnectWise sends both); absent or null is false.
    bool flag(const QString& path) const;

    // The error for `path`: "has no X" when absent, "has an unreadable X (value)" otherwise;
    // `why` replaces the value's part when given.
    ApiError error(const QString& path, const QString& why = {}) const;
    [[noreturn]] void fail(const QString& path, const QString& why = {}) const;

    // A value as it is shown in a message: compact JSON, at most 60 characters.
    static QString shown(const QJsonValue& v);

private:
    QJsonObject m_record;
    QString m_system;
    QString m_what;
    QString m_kind;
    QString m_label;
};

} // namespace il
