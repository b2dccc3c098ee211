#include "reconcile/MonthDeviation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace il {

bool MonthDeviation::counts(LineStatus status) {
    return countsInDeviationAmount(status);
}

MonthDeviation MonthDeviation::compute(const QList<LineRecord>& records) {
    // The validator decides which line carries its group's amount (Finding::groupLead) and what
    // the amount is (Finding::deviationAmount); here they are only added up, so the grid, the
    // exports, the run record and the charts give one figure.
    MonthDeviation out;
    const qsizetype n = records.size();
    out.perLine.fill(Decimal(), n);
    QSet<qsizetype> countedGroups;
    for (qsizetype i = 0; i < n; ++i) {
        const Finding& f = records[i].finding;
        if (f.groupLead)
            out.perLine[i] = f.deviationAmount;
        if (counts(f.status) && records[i].linked.isLinked())
            countedGroups.insert(f.groupLines.value(0, i));
    }
    for (const Decimal& d : std::as_const(out.perLine))
        out.total += d.abs();
    out.groups = int(countedGroups.size());
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
