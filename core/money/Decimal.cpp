#include "money/Decimal.h"

#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace il {
namespace {

__extension__ typedef __int128 i128; // 128-bit intermediates keep products exact

constexpr i128 kMax = std::numeric_limits<std::int64_t>::max();
constexpr i128 kMin = std::numeric_limits<std::int64_t>::min();

std::int64_t checked(i128 v) {
    if (v > kMax || v < kMin)
        throw std::overflow_error("decimal overflow");
    return static_cast<std::int64_t>(v);
}

// Divides rounding half to even.
i128 divRoundHalfEven(i128 num, i128 den) {
    if (den < 0) {
        num = -num;
        den = -den;
    }
    i128 q = num / den;
    i128 r = num % den;
    if (r == 0)
        return q;
    const i128 twice = (r < 0 ? -r : r) * 2;
    const bool away = twice > den || (twice == den && (q % 2 != 0));
    if (away)
        q += (num < 0) ? -1 : 1;
    return q;
}

i128 pow10(int n) {
    i128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto ascii = [](QChar c) { return c >= u'0' && c <= u'9'; }; // never another script's digits
    qsizetype i = 0;
    bool negative = false;
    if (text[i] == u'+' || text[i] == u'-') {
        negative = text[i] == u'-';
        ++i;
    }
    i128 digits = 0;
    int fractionDigits = 0;
    int significant = 0;
    bool dropped = false; // a non-zero fraction digit beyond the 30 kept: the value is above `digits`
    bool any = false;
    bool dot = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !dot) {
            dot = true;
            continue;
        }
        if (!ascii(c))
            break;
        any = true;
        if (significant < 30) { // 30 digits keep any value that fits, plus its rounding
            digits = digits * 10 + (c.unicode() - u'0');
            if (digits != 0)
                ++significant;
            if (dot)
                ++fractionDigits;
        } else if (!dot) {
            return std::nullopt; // more than 30 integer digits cannot fit
        } else if (c != u'0') {
            dropped = true;
        }
    }
    if (!any)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        bool expAny = false;
        for (; i < text.size() && ascii(text[i]); ++i) {
            expAny = true;
            // Saturate: 1e-99999 is a tiny 0 and 1e99999 too large; neither may overflow an int.
            exponent = std::min(exponent * 10 + (text[i].unicode() - u'0'), 100'000);
        }
        if (!expAny)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;
    if (digits == 0)
        return Decimal();
    // value = digits * 10^(exponent - fractionDigits); we want millionths.
    const int shift = Scale + exponent - fractionDigits;
    i128 raw;
    if (shift >= 0) {
        // digits >= 10^(significant-1): from 10^19 millionths on, nothing fits in 64 bits (and
        // the product below must not overflow 128 bits either).
        if (significant - 1 + shift >= 19)
            return std::nullopt;
        raw = digits * pow10(shift);
    } else if (-shift > 36) {
        raw = 0; // digits < 10^30, so the value is below a millionth's half
    } else {
        const i128 den = pow10(-shift);
        // An exact tie in the kept digits is no tie when a dropped digit was not zero: up.
        if (dropped && (digits % den) * 2 == den)
            raw = digits / den + 1;
        else
            raw = divRoundHalfEven(digits, den);
    }
    if (negative)
        raw = -raw;
    if (raw > kMax || raw < kMin)
        return std::nullopt;
    return fromRaw(static_cast<std::int64_t>(raw));
}

Decimal Decimal::fromString(QStringView text) { return parse(text).value_or(Decimal()); }

std::optional<Decimal> Decimal::fromDouble(double value) {
    if (!std::isfinite(value) || std::fabs(value) >= 9.2e12)
        return std::nullopt;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value); // shortest round-trip text
    if (res.ec != std::errc())
        return std::nullopt;
    return parse(QString::fromLatin1(buf, res.ptr - buf));
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue& value) {
    if (value.isDouble())
        return fromDouble(value.toDouble());
    if (value.isString()) {
        // A number sent as text (OData's Edm.Decimal) is the number alone: " 12 " is not what a
        // server writes, so it is refused rather than trimmed into a value.
        const QString text = value.toString();
        if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
            return std::nullopt;
        return parse(text);
    }
    return std::nullopt;
}

QString Decimal::toString() const {
    QString s = toString(Scale);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

QString Decimal::toString(int decimals) const {
    decimals = std::clamp(decimals, 0, Scale);
    const std::int64_t r = rounded(decimals).m_raw;
    const bool neg = r < 0;
    // Work in unsigned to survive INT64_MIN.
    const std::uint64_t mag = neg ? std::uint64_t(0) - std::uint64_t(r) : std::uint64_t(r);
    const std::uint64_t whole = mag / Factor;
    std::uint64_t frac = mag % Factor;
    QString out;
    if (neg && mag != 0)
        out += u'-';
    out += QString::number(whole);
    if (decimals > 0) {
        for (int k = decimals; k < Scale; ++k)
            frac /= 10;
        out += u'.';
        out += QString::number(frac).rightJustified(decimals, u'0');
    }
    return out;
}

QJsonValue Decimal::toJson() const { return QJsonValue(toString()); }

Decimal Decimal::rounded(int decimals) const {
    if (decimals >= Scale)
        return *this;
    const i128 unit = pow10(Scale - std::max(decimals, 0));
    return fromRaw(checked(divRoundHalfEven(m_raw, unit) * unit));
}

Decimal Decimal::operator+(Decimal other) const { return fromRaw(checked(i128(m_raw) + other.m_raw)); }
Decimal Decimal::operator-(Decimal other) const { return fromRaw(checked(i128(m_raw) - other.m_raw)); }

Decimal Decimal::operator*(Decimal other) const {
    return fromRaw(checked(divRoundHalfEven(i128(m_raw) * other.m_raw, Factor)));
}

Decimal Decimal::operator/(Decimal other) const {
    if (other.m_raw == 0)
        throw std::domain_error("decimal division by zero");
    return fromRaw(checked(divRoundHalfEven(i128(m_raw) * Factor, other.m_raw)));
}

} // namespace il
