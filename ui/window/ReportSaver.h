#pragma once

#include "reconcile/MonthResult.h"

#include <QString>

class QWidget;

namespace il::ui {

// Export report: the month's comparison (core's ReportExport table) as XLSX or CSV, by the
// file's extension. The window asks for the file; tests call save() directly.
class ReportSaver {
public:
    struct Result {
        bool saved = false;
        QString message; // what to tell the user (empty when they cancelled)
    };
    // Asks where (Documents/invoicelink-YYYY-MM.xlsx proposed), then saves.
    static Result saveWithDialog(QWidget* parent, const MonthResult& result);
    static Result save(const MonthResult& result, const QString& path);
};

} // namespace il::ui
