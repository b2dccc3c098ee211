#pragma once

#include <QTextStream>

namespace il {
struct MonthResult;
}

// The readable reconcile summary: counts per status, the lines that need attention with both
// sides and what was done, extra additions, and the API calls.
class ReportText {
public:
    static void print(const il::MonthResult& result, QTextStream& out);
};
