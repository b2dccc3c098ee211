#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace il {

// A calendar month as a cell: a date in XLSX (shown yyyy-mm), "YYYY-MM" in CSV.
struct MonthCell {
    QDate firstDay;
    bool operator==(const MonthCell&) const = default;
};

// One cell of an export, typed so that a spreadsheet gets what it can compute with: text; an
// exact number (quantities, prices, amounts); a whole number (ids); a date; a moment (UTC); a
// month. XLSX writes each as its own cell type; CSV writes numbers in the chosen CsvFormat.
using Cell = std::variant<QString, Decimal, qint64, QDate, QDateTime, MonthCell>;

// The cell as CSV writes it in the default (comma, decimal point) format: what scripts and
// `log verify --against` read.
inline QString cellText(const Cell& cell) {
    if (const auto* d = std::get_if<Decimal>(&cell))
        return d->toString();
    if (const auto* n = std::get_if<qint64>(&cell))
        return QString::number(*n);
    if (const auto* date = std::get_if<QDate>(&cell))
        return date->isValid() ? date->toString(Qt::ISODate) : QString();
    if (const auto* t = std::get_if<QDateTime>(&cell))
        return t->isValid() ? t->toUTC().toString(Qt::ISODateWithMs) : QString();
    if (const auto* m = std::get_if<MonthCell>(&cell))
        return m->firstDay.isValid() ? m->firstDay.toString(QStringLiteral("yyyy-MM")) : QString();
    return std::get<QString>(cell);
}

// An id of 0 means "none": an empty cell rather than a 0 a reader would take for an id.
inline Cell idCell(qint64 id) {
    return id ? Cell(id) : Cell(QString());
}

// What every export writes (CSV or XLSX): a header row and rows of cells.
struct Table {
    QStringList header;
    std::vector<std::vector<Cell>> rows;

    void addRow(std::vector<Cell> row) { rows.push_back(std::move(row)); }
};

} // namespace il
