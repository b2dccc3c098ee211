#include "ReferenceDecimal.h"

#include <charconv>
#include <cmath>

namespace fuzz {

namespace {
bool digit(char c) { return c >= '0' && c <= '9'; }

// a <= b for decimal strings without leading zeros.
bool notAbove(const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a <= b;
}

std::string stripZeros(const std::string& s) {
    const size_t first = s.find_first_not_of('0');
    return first == std::string::npos ? std::string() : s.substr(first);
}

// s + 1 for a decimal string.
std::string increment(std::string s) {
    int i = int(s.size()) - 1;
    while (i >= 0 && s[size_t(i)] == '9')
        s[size_t(i--)] = '0';
    if (i < 0)
        return '1' + s;
    ++s[size_t(i)];
    return s;
}
} // namespace

std::optional<std::string> ReferenceDecimal::rounded6(const std::string& text) {
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    std::string mantissa;
    long long fractionDigits = 0;
    bool anyDigit = false;
    while (i < text.size() && digit(text[i])) {
        mantissa += text[i++];
        anyDigit = true;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && digit(text[i])) {
            mantissa += text[i++];
            ++fractionDigits;
            anyDigit = true;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            expNegative = text[i++] == '-';
        bool any = false;
        while (i < text.size() && digit(text[i])) {
            exponent = std::min(exponent * 10 + (text[i++] - '0'), 1'000'000'000LL);
            any = true;
        }
        if (!any)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;
    // value × 10^6 = mantissa × 10^k
    const long long k = exponent - fractionDigits + 6;
    const std::string m = stripZeros(mantissa);
    std::string units; // the rounded value in millionths, no sign
    if (m.empty()) {
        units = "0";
    } else if (k >= 0) {
        if (k > 20)
            return std::nullopt;
        units = m + std::string(size_t(k), '0');
    } else {
        const long long cut = -k; // digits of m below the millionth
        if (cut > (long long)m.size()) {
            units = "0"; // below half a millionth: the first dropped digit is a padding 0
        } else {
            std::string q = m.substr(0, m.size() - size_t(cut));
            const std::string r = m.substr(m.size() - size_t(cut));
            if (q.empty())
                q = "0";
            bool up = false;
            if (r[0] > '5')
                up = true;
            else if (r[0] == '5')
                up = r.find_first_not_of('0', 1) != std::string::npos || (q.back() - '0') % 2 == 1;
            units = up ? increment(q) : q;
        }
    }
    units = stripZeros(units);
    if (units.empty())
        units = "0";
    if (!notAbove(units, negative ? "9223372036854775808" : "9223372036854775807"))
        return std::nullopt;
    while (units.size() < 7)
        units = '0' + units;
    std::string out = units.substr(0, units.size() - 6) + '.' + units.substr(units.size() - 6);
    if (negative && units.find_first_not_of('0') != std::string::npos)
        out = '-' + out;
    return out;
}

std::string ReferenceDecimal::shortest(double v) {
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::optional<std::string> ReferenceDecimal::fromJson(const QJsonValue& v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        return rounded6(shortest(d));
    }
    if (v.isString())
        return rounded6(v.toString().toStdString());
    return std::nullopt;
}

int ReferenceDecimal::significantDigits(const std::string& text) {
    int n = 0;
    bool started = false;
    for (char c : text) {
        if (c == 'e' || c == 'E')
            break;
        if (!digit(c))
            continue;
        started = started || c != '0';
        n += started ? 1 : 0;
    }
    return n;
}

} // namespace fuzz
