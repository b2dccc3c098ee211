#include "table/CsvWriter.h"

#include "errors/UserError.h"
#include "settings/PrivateFiles.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace il {

bool CsvWriter::isPlainNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(text).hasMatch();
}

bool CsvWriter::startsLikeFormula(const QString& text) {
    if (text.isEmpty())
        return false;
    // A tab, CR or LF first is risky in itself (some spreadsheets trim it and run the rest).
    const QChar first = text.front();
    if (first == u'\t' || first == u'\r' || first == u'\n')
        return true;
    // Spreadsheets skip leading spaces (" =1+1") and read the full-width forms (＝ U+FF1D,
    // ＋ U+FF0B, － U+FF0D, ＠ U+FF20) as their ASCII twins: look past the one and at both.
    qsizetype i = 0;
    while (i < text.size() && (text[i] == u' ' || text[i] == QChar(0x00A0) || text[i] == QChar(0x3000)))
        ++i;
    if (i == text.size())
        return false;
    switch (text[i].unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case 0xFF1D:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    case u'\t':
    case u'\r':
    case u'\n':
        return i > 0;
    }
    return false;
}

QString CsvWriter::neutralize(const QString& text) {
    if (!startsLikeFormula(text) || isPlainNumber(text))
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvWriter::quote(const QString& field, QChar separator) {
    const bool needs =
        field.contains(separator) || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::fieldText(const Cell& cell, CsvFormat format) {
    if (const auto* text = std::get_if<QString>(&cell))
        return neutralize(*text);
    QString out = cellText(cell);
    if (std::holds_alternative<Decimal>(cell) && format.decimalPoint != u'.')
        out.replace(u'.', format.decimalPoint);
    return out;
}

QByteArray CsvWriter::toBytes(const Table& table, CsvFormat format) {
    QString text;
    auto writeRow = [&text, format](const auto& cells, auto toField) {
        bool firstCell = true;
        for (const auto& cell : cells) {
            if (!firstCell)
                text += format.separator;
            firstCell = false;
            text += quote(toField(cell), format.separator);
        }
        text += QLatin1String("\r\n");
    };
    writeRow(table.header, [](const QString& h) { return neutralize(h); });
    for (const auto& row : table.rows)
        writeRow(row, [format](const Cell& cell) { return fieldText(cell, format); });
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

void CsvWriter::write(const Table& table, const QString& path, CsvFormat format) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw UserError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Exports hold customers and amounts: the user's alone (the mode goes to the temporary file
    // that commit() renames, before anything is written).
    file.setPermissions(PrivateFiles::FileMode);
    file.write(toBytes(table, format));
    if (!file.commit())
        throw UserError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace il
