#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace il {

// Reads RFC 4180 CSV as CsvWriter writes it (and as spreadsheets save it): optional UTF-8 byte
// order mark, CRLF or LF line ends, quoted fields with doubled quotes and embedded line breaks.
// Fields are separated by commas, or by semicolons when the first line holds more semicolons
// than commas (a CSV in the semicolon CsvFormat, or saved by a Dutch spreadsheet).
class CsvReader {
public:
    struct Record {
        int line = 0; // the line of the file where the record starts (the header is line 1)
        QStringList fields;
    };

    // Blank lines are skipped. Throws UserError naming `source` and the line of malformed text
    // (an unterminated quote, text after a closing quote) or bytes that are not UTF-8.
    static std::vector<Record> parse(const QByteArray& data, const QString& source);
    static std::vector<Record> readFile(const QString& path);

    // Undoes CsvWriter::neutralize so a round trip through an export keeps the original text.
    static QString unneutralize(const QString& field);
    // The separator of the text's first line (outside quotes).
    static QChar separatorOf(const QString& text);
};

} // namespace il
