#pragma once

#include "table/Table.h"

#include <QString>

namespace il {

// An Excel workbook of one sheet through libxlsxwriter: Decimal and id cells are numeric cells,
// dates, moments and months are date cells (yyyy-mm-dd, yyyy-mm-dd hh:mm:ss UTC, yyyy-mm), text is
// text (never a formula), the header row is bold and frozen with an autofilter, and each column
// is as wide as its content (within limits).
class XlsxWriter {
public:
    // Writes atomically (a half-written export never replaces a good one); UserError on failure.
    static void write(const Table& table, const QString& path,
                      const QString& sheetName = QStringLiteral("Sheet1"));

    // The width (in characters) a column gets for its longest text.
    static double columnWidth(int longestText);
};

} // namespace il
