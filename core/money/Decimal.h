#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

class QJsonValue;

namespace il {

// Exact fixed-point number for money and quantities: a 64-bit integer of millionths.
// Made from text or from the JSON boundary only; a double never travels past the parser.
// Every rounding is half-to-even (banker's rounding), as accountants expect.
class Decimal {
public:
    static constexpr int Scale = 6;
    static constexpr std::int64_t Factor = 1'000'000;

    constexpr Decimal() = default;

    // "12", "-0.5", "1234567.891234", "1e3", " 7.25 "; more than 6 decimals round half-even.
    static std::optional<Decimal> parse(QStringView text);
    // Like parse(), for literals that are known to be valid (tests, constants); 0 when invalid.
    static Decimal fromString(QStringView text);
    static constexpr Decimal fromInt(std::int64_t units) { return fromRaw(units * Factor); }
    static constexpr Decimal fromRaw(std::int64_t millionths) {
        Decimal d;
        d.m_raw = millionths;
        return d;
    }
    // The JSON boundary: both APIs send numbers as doubles. The double's shortest round-trip
    // text is rounded half-even to 6 places; nullopt when out of range or not finite.
    static std::optional<Decimal> fromDouble(double value);
    // A JSON number, or a string that is exactly a number ("12.5", not " 12.5 " or "1,5");
    // nullopt for anything else (null, NaN, out of range, objects...).
    static std::optional<Decimal> fromJson(const QJsonValue& value);

    constexpr std::int64_t raw() const { return m_raw; }
    constexpr bool isZero() const { return m_raw == 0; }
    constexpr bool isNegative() const { return m_raw < 0; }

    // Shortest exact text: "12.5", "-3", "0.000001". Used in JSON reports and exports.
    QString toString() const;
    // Fixed number of decimals (rounded half-even): toString(2) == "12.50".
    QString toString(int decimals) const;
    // A JSON value carrying the exact text; reports write decimals as strings.
    QJsonValue toJson() const;

    Decimal rounded(int decimals) const;
    Decimal abs() const { return m_raw < 0 ? fromRaw(-m_raw) : *this; }

    constexpr Decimal operator-() const { return fromRaw(-m_raw); }
    Decimal operator+(Decimal other) const;
    Decimal operator-(Decimal other) const;
    Decimal operator*(Decimal other) const;
    // Throws std::domain_error on division by zero.
    Decimal operator/(Decimal other) const;
    Decimal& operator+=(Decimal other) { return *this = *this + other; }
    Decimal& operator-=(Decimal other) { return *this = *this - other; }

    constexpr auto operator<=>(const Decimal&) const = default;

private:
    std::int64_t m_raw = 0;
};

} // namespace il
