#include "export/CsvWriter.h"

#include "net/ApiError.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace il {

bool CsvWriter::isPlainNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(text).hasMatch();
}

QString CsvWriter::neutralize(const QString& text) {
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool risky =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    if (!risky || isPlainNumber(text))
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvWriter::quote(const QString& field) {
    const bool needs =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray CsvWriter::toBytes(const Table& table) {
    QString text;
    auto writeRow = [&text](const auto& cells, auto toField) {
        bool firstCell = true;
        for (const auto& cell : cells) {
            if (!firstCell)
                text += QLatin1Char(',');
            firstCell = false;
            text += quote(toField(cell));
        }
        text += QLatin1String("\r\n");
    };
    writeRow(table.header, [](const QString& h) { return neutralize(h); });
    for (const auto& row : table.rows) {
        writeRow(row, [](const Cell& cell) {
            if (const auto* d = std::get_if<Decimal>(&cell))
                return d->toString();
            return neutralize(std::get<QString>(cell));
        });
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

void CsvWriter::write(const Table& table, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw UserError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(toBytes(table));
    if (!file.commit())
        throw UserError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace il
