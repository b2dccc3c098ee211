#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace il {

class Settings;

// How a CSV separates fields and writes decimals, so that a double click opens it right in the
// user's spreadsheet: Excel and LibreOffice in Dutch read ";" and "12,50", in English "," and
// "12.50". Comma is the RFC 4180 form and the command line's default (scripts read it).
// The setting export/csv_format (README) picks one for every export: "comma", "semicolon", or
// empty: the front end's default (the desktop follows its language, the command line comma).
struct CsvFormat {
    QChar separator = u',';
    QChar decimalPoint = u'.';

    static CsvFormat comma() { return {}; }
    static CsvFormat semicolon() { return {u';', u','}; }
    // "comma" or "semicolon" (any case); nullopt for anything else.
    static std::optional<CsvFormat> fromName(const QString& name);
    QString name() const;
    // Dutch (and other languages that write a decimal comma) gets semicolons.
    static CsvFormat forLanguage(const QString& language);
    // The setting when it names a format, else `fallback`. UserError for a value it cannot read.
    static CsvFormat fromSettings(const Settings& settings, CsvFormat fallback);

    bool operator==(const CsvFormat&) const = default;
};

} // namespace il
