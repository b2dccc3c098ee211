#include "reconcile/MonthDeviation.h"

#include "reconcile/Validator.h"

#include <QHash>

#include <algorithm>

namespace il {

bool MonthDeviation::counts(LineStatus status) {
    return status == LineStatus::QuantityMismatch || status == LineStatus::PriceMismatch ||
           status == LineStatus::PriceAndQuantityMismatch || status == LineStatus::NoAddition;
}

MonthDeviation MonthDeviation::compute(const QList<LineRecord>& records) {
    MonthDeviation out;
    const qsizetype n = records.size();
    out.perLine.fill(Decimal(), n);
    // The invoice side of each deviating group, and the line that carries the group: the first
    // marked groupLead (every line is one until the validator marks the others), else the first.
    QHash<QString, Decimal> invoiceAmount;
    QHash<QString, qsizetype> carrier;
    for (qsizetype i = 0; i < n; ++i) {
        const LineRecord& r = records[i];
        if (!counts(r.finding.status) || !r.linked.isLinked())
            continue;
        const QString key = Validator::groupKey(r.linked);
        invoiceAmount[key] += r.line().amount;
        const auto it = carrier.constFind(key);
        if (it == carrier.cend())
            carrier.insert(key, i);
        else if (!records[*it].finding.groupLead && r.finding.groupLead)
            carrier[key] = i;
    }
    for (auto it = carrier.cbegin(); it != carrier.cend(); ++it) {
        const Finding& f = records[*it].finding;
        const Decimal cwAmount = f.hasAddition() ? f.cwQuantity * f.cwComparedPrice : Decimal();
        const Decimal d = invoiceAmount.value(it.key()) - cwAmount;
        out.perLine[*it] = d;
        out.total += d.abs();
        ++out.groups;
    }
    return out;
}

QList<MonthDeviation::Customer> MonthDeviation::topCustomers(const QList<LineRecord>& records, int limit) {
    const MonthDeviation deviation = compute(records);
    QHash<QString, Decimal> byName;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (deviation.perLine[i].isZero())
            continue;
        const InvoiceLine& line = records[i].line();
        byName[line.customerName.isEmpty() ? line.customerKey : line.customerName] += deviation.perLine[i].abs();
    }
    QList<Customer> out;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const Customer& a, const Customer& b) {
        return a.amount != b.amount ? a.amount > b.amount : a.name < b.name;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace il
