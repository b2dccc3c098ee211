#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <string>

namespace il {
class ApiError;
}

namespace fuzz {

// What one fuzz case came to.
struct Verdict {
    enum Kind {
        Accepted,    // the reader returned, and every value is what the JSON says
        Refused,     // the reader threw its parse error, naming what it must
        Skipped,     // the mutated text is no JSON object: nothing to read
        WrongNumber, // a number that is not the JSON's decimal (or came from no number at all)
        Wrong,       // another wrong value, a wrong error, or an unexpected exception
    };
    Kind kind = Accepted;
    std::string detail;
};

// The oracle for one record a reader accepted: each check compares a value the reader returned
// with an independent reading of the JSON (ReferenceDecimal for numbers). The first mismatch is
// kept. Also judges a refusal: an ApiError of kind Parse whose message names the system and
// request and says "has no X" or "has an unreadable X".
class OracleCheck {
public:
    explicit OracleCheck(QJsonObject record) : m_record(std::move(record)) {}

    QJsonValue at(const QString& path) const;
    // A number the reader reported for `path` must be the JSON's decimal, rounded half-even
    // to 6 places. `fallback`: what absent or null means (nullopt: they must have failed).
    void number(const QString& path, const il::Decimal& got, std::optional<il::Decimal> fallback = std::nullopt);
    void number(const QString& path, const QJsonValue& json, const il::Decimal& got);
    void guid(const QString& path, const QString& got, bool optional = false);
    void integer(const QString& path, int got, bool positive = false);
    void text(const QString& path, const QString& got, bool trimmed = false, bool required = false);
    void flag(const QString& path, bool got);
    void exactDate(const QString& path, const QDate& got);      // "/Date(ms)/"; required
    void cwDate(const QString& path, const QDate& got);         // ISO; null is no date
    void fail(Verdict::Kind kind, const QString& what);

    Verdict verdict() const { return m_verdict; }
    static Verdict refused(const il::ApiError& e, const QString& prefix, bool namesField = true);

private:
    QJsonObject m_record;
    Verdict m_verdict;
};

} // namespace fuzz
