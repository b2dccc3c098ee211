#pragma once

#include "money/Decimal.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace il {

// Decimals as the user's locale writes them: "1.234,56" in Dutch, "1,234.56" in English, with
// the thousands separator always shown. Both ways go through Decimal's exact text, never through
// a double, so what the grid shows is what the invoice says to the last digit.
class DecimalText {
public:
    // decimals < 0: the value's shortest exact text (toString()); else exactly that many decimals,
    // rounded half-even.
    static QString format(const Decimal& value, int decimals = -1, const QLocale& locale = QLocale());
    // What the user typed, in the locale's form ("0,05", "1.234,5" in Dutch; "1,234.5" in English),
    // or in the plain form with a point when that cannot be the locale's ("0.05" in Dutch).
    // nullopt for anything else ("abc", "1,2,3", "1.23.4", "12,3456" in English, "1e3").
    static std::optional<Decimal> parse(const QString& text, const QLocale& locale = QLocale());
    // "0.01" as this locale writes it, for placeholders and messages.
    static QString example(const char* plain, const QLocale& locale = QLocale());
};

} // namespace il
