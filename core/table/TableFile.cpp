#include "table/TableFile.h"

#include "table/CsvWriter.h"
#include "table/XlsxWriter.h"
#include "log/LogCategories.h"
#include "errors/UserError.h"

#include <QFileInfo>

namespace il {

void TableFile::save(const Table& table, const QString& path, const QString& sheetName, CsvFormat csv) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        CsvWriter::write(table, path, csv);
    else if (suffix == QLatin1String("xlsx"))
        XlsxWriter::write(table, path, sheetName);
    else
        throw UserError(
            QStringLiteral("cannot export to %1: the file name must end in .csv or .xlsx").arg(path));
    qCInfo(lcExport).noquote()
        << QStringLiteral("wrote %1 (%2 rows of %3)").arg(path).arg(table.rows.size()).arg(sheetName);
}

} // namespace il
