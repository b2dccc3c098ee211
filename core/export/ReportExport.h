#pragma once

#include "export/Table.h"
#include "reconcile/MonthResult.h"

namespace il {

// A month's reconciliation as an export table (reconcile --export, the desktop's export): one
// row per invoice line with both sides, the status, the reason and what was done.
class ReportExport {
public:
    static Table table(const MonthResult& result);
};

} // namespace il
