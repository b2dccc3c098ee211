#pragma once

#include "money/Decimal.h"
#include "reconcile/LineRecord.h"
#include "reconcile/LineStatus.h"

#include <QList>
#include <QString>

namespace il {

// The money a month's deviations are about, for the grid's Difference column and tile, the
// exports, the run record and the charts: per group of lines compared together, the invoice
// amount of its lines minus ConnectWise's quantity × compared price (the validator's
// Finding::deviationAmount), carried by the group's lead line only, so a column total counts each
// group once; the month's deviation amount is the sum of the groups' absolute differences. Only
// quantity, price and missing-addition deviations count (countsInDeviationAmount).
struct MonthDeviation {
    struct Customer {
        QString name; // the customer's name, else its key
        Decimal amount; // the absolute differences of its groups, summed
    };

    QList<Decimal> perLine; // signed difference, parallel to the records; 0 on all but group leads
    Decimal total;          // the deviation amount: Σ |group difference|
    int groups = 0;

    static MonthDeviation compute(const QList<LineRecord>& records);
    static bool counts(LineStatus status);
    // Customers by deviation amount, largest first (ties by name), at most `limit`.
    static QList<Customer> topCustomers(const QList<LineRecord>& records, int limit);
};

} // namespace il
