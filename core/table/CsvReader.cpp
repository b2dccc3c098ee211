#include "table/CsvReader.h"

#include "table/CsvWriter.h"

#include "errors/UserError.h"

#include <QFile>
#include <QStringDecoder>

namespace il {

std::vector<CsvReader::Record> CsvReader::parse(const QByteArray& data, const QString& source) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        throw UserError(QStringLiteral("%1 is not UTF-8 text: save it as CSV UTF-8").arg(source));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QChar separator = separatorOf(text);
    std::vector<Record> records;
    Record current;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool rowHasContent = false;
    int line = 1;
    current.line = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        if (rowHasContent || current.fields.size() > 1)
            records.push_back(current);
        current = Record{nextLine, {}};
        rowHasContent = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
            rowHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else if (afterQuote) {
            throw UserError(
                QStringLiteral("%1 line %2: unexpected text after a closing quote").arg(source).arg(line));
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            rowHasContent = true;
        } else {
            field += c;
            rowHasContent = true;
        }
    }
    if (quoted)
        throw UserError(
            QStringLiteral("%1 line %2: a quoted field is never closed").arg(source).arg(current.line));
    if (rowHasContent || !field.isEmpty())
        endRecord(line + 1);
    return records;
}

std::vector<CsvReader::Record> CsvReader::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

QChar CsvReader::separatorOf(const QString& text) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice: no harm
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

QString CsvReader::unneutralize(const QString& field) {
    if (field.size() < 2 || field.front() != u'\'')
        return field;
    const QString rest = field.mid(1);
    return CsvWriter::startsLikeFormula(rest) && !CsvWriter::isPlainNumber(rest) ? rest : field;
}

} // namespace il
