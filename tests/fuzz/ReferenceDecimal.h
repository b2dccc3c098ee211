#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>
#include <string>

namespace fuzz {

// An independent model of what a decimal text means, for the fuzzer's oracle: exact string
// arithmetic, no Decimal code. rounded6() gives the text's value rounded half-to-even to 6
// places as "[-]I.FFFFFF", or nullopt when the text is no decimal number (strict JSON/OData
// grammar: optional sign, ASCII digits, optional fraction and exponent, nothing else) or the
// value does not fit 64-bit millionths.
class ReferenceDecimal {
public:
    static std::optional<std::string> rounded6(const std::string& text);
    // What Decimal::fromJson may give for a JSON value: a number's shortest round-trip text
    // (the wire carries doubles), a string's own text; nullopt for anything else.
    static std::optional<std::string> fromJson(const QJsonValue& v);
    // The shortest round-trip text of a double (std::to_chars).
    static std::string shortest(double v);
    // How many significant digits a decimal text has (0 when none): above 15 a JSON number's
    // double may not hold the text's exact value, so the wire's double is the truth.
    static int significantDigits(const std::string& text);
};

} // namespace fuzz
