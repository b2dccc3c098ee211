#pragma once

#include "table/CsvFormat.h"
#include "table/Table.h"

#include <QString>

namespace il {

// Saves a table as CSV or XLSX, chosen by the file name's extension (.csv or .xlsx, any case).
class TableFile {
public:
    // UserError for any other extension, or when the file cannot be written. csv applies to .csv.
    static void save(const Table& table, const QString& path,
                     const QString& sheetName = QStringLiteral("Sheet1"), CsvFormat csv = {});
};

} // namespace il
