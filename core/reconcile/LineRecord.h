#pragma once

#include "domain/LineDecision.h"
#include "domain/Transfer.h"
#include "reconcile/Finding.h"
#include "reconcile/LineAction.h"
#include "reconcile/LinkedLine.h"

#include <QString>

#include <optional>

namespace il {

// Everything a run knows about one invoice line, in one place: the line with its link, the
// validator's verdict, and what this run's pushes did about it. Front ends and reports read a
// row from one record instead of joining parallel lists by index, and MonthRun can tell which
// rows changed by comparing records (operator==).
struct LineRecord {
    LinkedLine linked;
    Finding finding;
    // What this run's pushes did (kept across re-validations until the next load).
    LineAction action = LineAction::None;
    QString actionDetail;
    // The transfer-log outcome that matters most of the rows the line's last push wrote (tells
    // a refusal from a skip); empty until a push touched the line.
    std::optional<TransferOutcome> outcome;
    // The person's decision on the line's deviation and their note on the line (any line, not
    // only pushed ones); remembered in the database, read into every export.
    LineDecision decision = LineDecision::None;
    QString note;

    const InvoiceLine& line() const { return linked.line; }
    bool operator==(const LineRecord&) const = default;
};

} // namespace il
