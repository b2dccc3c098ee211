#include "window/ReportSaver.h"

#include "charts/DeviationCharts.h"
#include "common/SaveFolder.h"

#include "common/ErrorText.h"
#include "common/Translation.h"

#include "export/ReportExport.h"
#include "table/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
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

ReportSaver::Result ReportSaver::saveWithDialog(QWidget* parent, const MonthResult& result,
                                                const ReportExtras& extras) {
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
    return save(result, path, extras);
}

ReportSaver::Result ReportSaver::save(const MonthResult& result, const QString& path, const ReportExtras& extras) {
    try {
        TableFile::save(ReportExport::table(result, extras.directory ? *extras.directory : CwDirectory()), path,
                        monthKey(result), extras.csv);
    } catch (const std::exception& e) {
        return {false, tr("The report was not saved: %1").arg(ErrorText::describe(e))};
    }
    const QString saved = tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path));
    if (!extras.charts)
        return {true, saved};
    // The report is what matters: a chart that cannot be written is said, not a failed export.
    const QString png = DeviationCharts::pngPathFor(path);
    QString error;
    if (!DeviationCharts::savePng(*extras.charts, png, &error))
        return {true, saved + u' ' + tr("The chart was not saved to %1: %2").arg(QDir::toNativeSeparators(png), error)};
    return {true, tr("Saved the report to %1 and its chart to %2.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(png))};
}

CsvFormat ReportSaver::csvFormat(const Settings& settings) {
    const QSettings prefs(QString::fromLatin1(GuiOrganization), QString::fromLatin1(GuiApplication));
    const QString language = chooseLanguage(prefs.value(QString::fromLatin1(LanguageKey)).toString());
    return CsvFormat::fromSettings(settings, CsvFormat::forLanguage(language));
}

} // namespace il::ui
