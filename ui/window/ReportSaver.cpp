#include "window/ReportSaver.h"

#include "common/SaveFolder.h"

#include "common/ErrorText.h"

#include "export/ReportExport.h"
#include "table/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace il::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("il::ui::ReportSaver", text);
}

QString monthKey(const MonthResult& result) {
    return result.month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

ReportSaver::Result ReportSaver::saveWithDialog(QWidget* parent, const MonthResult& result) {
    const QString xlsx = tr("Excel workbook (*.xlsx)"), csv = tr("CSV file (*.csv)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export report"),
        SaveFolder::startPath(QStringLiteral("invoicelink-%1.xlsx").arg(monthKey(result))),
        xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return {};
    SaveFolder::remember(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return save(result, path);
}

ReportSaver::Result ReportSaver::save(const MonthResult& result, const QString& path) {
    try {
        TableFile::save(ReportExport::table(result), path, monthKey(result));
        return {true, tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path))};
    } catch (const std::exception& e) {
        return {false, tr("The report was not saved: %1").arg(ErrorText::describe(e))};
    }
}

} // namespace il::ui
