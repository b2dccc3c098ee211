#pragma once

#include "domain/InvoiceSourceKind.h"
#include "domain/PriceField.h"
#include "reconcile/Finding.h"
#include "reconcile/LineRecord.h"
#include "store/LogTip.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace il {

// Everything one month's run knows, for both front ends and the JSON report: one record per
// invoice line, in the invoice's order (a row of the grid, a line of the report).
struct MonthResult {
    QDate month;             // first day
    InvoiceSourceKind source = InvoiceSourceKind::Purchase;
    PriceField comparedPriceField = PriceField::UnitCost;
    QList<LineRecord> records;
    QList<ExtraAddition> extraAdditions;
    int pushed = 0;  // transfers that changed ConnectWise (or found the change already there)
    int failed = 0;
    int skipped = 0;
    int settled = 0;      // writes of an interrupted push, checked and logged before this push
    QString stopReason;   // why a push stopped before its end (nothing more was sent); empty when it did not
    QMap<QString, int> exactCalls;       // per endpoint
    QMap<QString, int> connectwiseCalls; // per endpoint
    // The transfer log's last row when loaded and after each push batch: what the exports carry
    // so a later `log verify --tip` can prove the log still reaches it.
    LogTip logTip;
    // Why the push batch's tip could not be anchored in the keychain (TipAnchor::record); empty
    // when it was, or when nothing was pushed.
    QString logTipProblem;

    int count(LineStatus status) const {
        int n = 0;
        for (const LineRecord& r : records)
            n += r.finding.status == status;
        return n;
    }
    int count(LineDecision decision) const {
        int n = 0;
        for (const LineRecord& r : records)
            n += r.decision == decision;
        return n;
    }
    // Lines that still need attention: the reconcile exit code is 1 when any do. A dismissed
    // line's deviation is known and stays, so it needs none (issue 10 point 4).
    int needingAttention() const {
        int n = 0;
        for (const LineRecord& r : records)
            n += r.finding.status != LineStatus::Ok && r.decision != LineDecision::Dismissed;
        return n;
    }
    static int total(const QMap<QString, int>& calls) {
        int n = 0;
        for (int c : calls)
            n += c;
        return n;
    }
};

} // namespace il
