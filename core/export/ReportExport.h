#pragma once

#include "table/Table.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"

namespace il {

// A month's reconciliation as an export table (reconcile --export, the desktop's export), for a
// reader without the app: one row per invoice line with the customer, item and description,
// ConnectWise's company, agreement and product (names from the directory when given, ids as
// numbers), both sides' quantities and prices, the difference and the deviation amount, the
// status with its reason, the person's decision and note, and what the run did. Headers are
// words (translated in the desktop); the difference and deviation amount sit on one line per
// group only (MonthDeviation), so a column total in Excel is the month's amount.
// The last two columns, transfer_log_tip_id and transfer_log_tip_hash, keep their names (a
// contract): the transfer log's tip after the run's pushes, the same on every row; `log verify
// --against FILE.csv` checks the log still reaches it.
class ReportExport {
public:
    static Table table(const MonthResult& result, const CwDirectory& directory = CwDirectory());
    static QStringList columns();
};

} // namespace il
