#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

// Aligned columns for terminal output; numeric columns align right. Cells are cleaned of
// control characters and escape sequences (TerminalText), so one cell is one line.
class TextTable {
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    // Cells longer than maxWidth are cut with an ellipsis.
    void setMaxWidth(int column, int maxWidth);
    void print(QTextStream& out) const;

private:
    QStringList m_header;
    QList<bool> m_right;
    QList<int> m_maxWidth;
    QList<QStringList> m_rows;
};
