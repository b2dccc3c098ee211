#pragma once

#include "table/Table.h"
#include "reconcile/MonthResult.h"

namespace il {

// A month's reconciliation as an export table (reconcile --export, the desktop's export): one
// row per invoice line with both sides, the status, the reason and what was done. The last two
// columns, transfer_log_tip_id and transfer_log_tip_hash, are the transfer log's tip after the
// run's pushes (the same on every row): `log verify --against FILE.csv` checks the log still
// reaches it.
class ReportExport {
public:
    static Table table(const MonthResult& result);
};

} // namespace il
