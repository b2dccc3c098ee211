#pragma once

#include "table/CsvFormat.h"
#include "table/Table.h"

#include <QByteArray>
#include <QString>

namespace il {

// RFC 4180 CSV the way Excel opens it right: UTF-8 with a byte order mark, CRLF line ends,
// fields holding the separator, " CR or LF quoted with quotes doubled. The CsvFormat picks the
// separator and the decimal point of number cells (never a thousands separator: Excel would read
// "1.234" as 1.234 in English and as 1234 in Dutch). Text cells that a spreadsheet would run
// as a formula (= + - @ or their full-width forms first, also after leading spaces; tab, CR or LF
// first) get a leading single quote, unless the text is a plain number such as -12.5; Decimal
// cells are always written as numbers.
class CsvWriter {
public:
    static QByteArray toBytes(const Table& table, CsvFormat format = {});
    // Writes atomically (a half-written export never replaces a good one); UserError on failure.
    static void write(const Table& table, const QString& path, CsvFormat format = {});
    // A typed cell as text in `format` (text cells as they are).
    static QString fieldText(const Cell& cell, CsvFormat format);

    static QString neutralize(const QString& text);
    // What neutralize() guards against; CsvReader::unneutralize() undoes exactly these.
    static bool startsLikeFormula(const QString& text);
    static QString quote(const QString& field, QChar separator = u',');
    // Optional sign, digits with an optional fraction, optional exponent; nothing else.
    static bool isPlainNumber(const QString& text);
};

} // namespace il
