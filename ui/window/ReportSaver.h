#pragma once

#include "charts/ChartData.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "table/CsvFormat.h"

#include <QString>

#include <optional>

class QWidget;

namespace il {
class Settings;
}

namespace il::ui {

// What an export carries beyond the month's lines (outside ReportSaver: GCC 12 refuses a nested
// struct's default member initializers in a default argument).
struct ReportExtras {
    const CwDirectory* directory = nullptr; // company and agreement names; ids only without it
    std::optional<ChartData> charts;        // when set, the charts go beside the report as PNG
    CsvFormat csv;                          // separator and decimal point of a .csv
};

// Export report: the month's comparison (core's ReportExport table) as XLSX or CSV, by the
// file's extension, and with charts the deviation charts as report-chart.png beside it. The
// window asks for the file; tests call save() directly.
class ReportSaver {
public:
    struct Result {
        bool saved = false;
        QString message; // what to tell the user (empty when they cancelled)
    };
    // Asks where (Documents/invoicelink-YYYY-MM.xlsx proposed), then saves.
    static Result saveWithDialog(QWidget* parent, const MonthResult& result, const ReportExtras& extras = {});
    static Result save(const MonthResult& result, const QString& path, const ReportExtras& extras = {});
    // The desktop's CSV: the setting export/csv_format, else the language of the window (Dutch:
    // semicolons and decimal commas, as a Dutch Excel opens them).
    static CsvFormat csvFormat(const Settings& settings);
};

} // namespace il::ui
