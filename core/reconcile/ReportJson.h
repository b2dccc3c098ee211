#pragma once

#include "reconcile/MonthResult.h"

#include <QJsonObject>

namespace il {

// The reconcile --json report (issue 3 point 7): decimals as strings, every status key in the
// summary with 0 where none, cw null for an unlinked line.
class ReportJson {
public:
    static QJsonObject build(const MonthResult& result);
};

} // namespace il
