#include "TextTable.h"

#include "TerminalText.h"

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_header(std::move(header))
    , m_right(std::move(rightAligned)) {
    m_right.resize(m_header.size());
    m_maxWidth.fill(0, m_header.size());
}

void TextTable::addRow(QStringList cells) {
    cells.resize(m_header.size());
    // Cells carry API text (names, descriptions, reasons): nothing in them may steer the terminal.
    for (QString& cell : cells)
        cell = TerminalText::clean(cell);
    m_rows.append(std::move(cells));
}

void TextTable::setMaxWidth(int column, int maxWidth) { m_maxWidth[column] = maxWidth; }

void TextTable::print(QTextStream& out) const {
    auto cut = [&](const QString& text, int column) {
        const int max = m_maxWidth[column];
        return max > 1 && text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
    };
    QList<int> widths(m_header.size(), 0);
    auto measure = [&](const QStringList& row) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(cut(row[c], c).size()));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);
    auto line = [&](const QStringList& row) {
        QString text;
        for (int c = 0; c < row.size(); ++c) {
            const QString cell = cut(row[c], c);
            if (c)
                text += QStringLiteral("  ");
            text += m_right[c] ? cell.rightJustified(widths[c]) : cell.leftJustified(c + 1 == row.size() ? 0 : widths[c]);
        }
        out << text << '\n';
    };
    line(m_header);
    for (const QStringList& row : m_rows)
        line(row);
}
