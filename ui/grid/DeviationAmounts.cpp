#include "grid/DeviationAmounts.h"

#include "reconcile/Validator.h"

#include <QHash>

namespace il::ui {

bool DeviationAmounts::counts(LineStatus status) {
    return status == LineStatus::QuantityMismatch || status == LineStatus::PriceMismatch ||
           status == LineStatus::PriceAndQuantityMismatch || status == LineStatus::NoAddition;
}

DeviationAmounts DeviationAmounts::compute(const MonthResult& result) {
    DeviationAmounts out;
    const QList<LineRecord>& records = result.records;
    const qsizetype n = records.size();
    out.perLine.fill(Decimal(), n);
    // First pass: the invoice amount of each deviating group; the key is the validator's own.
    QHash<QString, Decimal> invoiceAmount;
    QHash<QString, qsizetype> firstLine;
    QList<QString> keys(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (!counts(records[i].finding.status) || !records[i].linked.isLinked())
            continue;
        keys[i] = Validator::groupKey(records[i].linked);
        invoiceAmount[keys[i]] += records[i].line().amount;
        firstLine.insert(keys[i], i); // the last one wins; any line of the group carries its finding
    }
    QHash<QString, Decimal> difference;
    for (auto it = firstLine.cbegin(); it != firstLine.cend(); ++it) {
        const Finding& f = records[*it].finding;
        const Decimal cwAmount = f.hasAddition() ? f.cwQuantity * f.cwComparedPrice : Decimal();
        const Decimal d = invoiceAmount.value(it.key()) - cwAmount;
        difference.insert(it.key(), d);
        out.total += d.abs();
        ++out.groups;
    }
    for (qsizetype i = 0; i < n; ++i)
        if (!keys[i].isEmpty())
            out.perLine[i] = difference.value(keys[i]);
    return out;
}

} // namespace il::ui
