#pragma once

#include "money/Decimal.h"

#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace il {

// One cell of an export: text, or an exact number that spreadsheets receive as a number.
using Cell = std::variant<QString, Decimal>;

inline QString cellText(const Cell& cell) {
    if (const auto* d = std::get_if<Decimal>(&cell))
        return d->toString();
    return std::get<QString>(cell);
}

// What every export writes (CSV or XLSX): a header row and rows of cells.
struct Table {
    QStringList header;
    std::vector<std::vector<Cell>> rows;

    void addRow(std::vector<Cell> row) { rows.push_back(std::move(row)); }
};

} // namespace il
