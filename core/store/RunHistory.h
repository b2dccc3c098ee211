#pragma once

#include "domain/MonthAmount.h"

#include <vector>

namespace il {

class Database;

// What the run records (TransferLog's runs) tell across months. Each finished run stores its
// counts, among them "deviation_amount" (MonthRun::finish); a month's figure is that of its
// latest finished run, so reloading a month after fixing it shows the smaller amount.
class RunHistory {
public:
    explicit RunHistory(Database& db);
    // Months oldest first; months whose runs predate the figure (or never finished) are left out.
    std::vector<MonthAmount> deviationByMonth();

    static constexpr const char* DeviationKey = "deviation_amount";

private:
    Database& m_db;
};

} // namespace il
