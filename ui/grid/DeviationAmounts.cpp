#include "grid/DeviationAmounts.h"

#include <QSet>

namespace il::ui {

bool DeviationAmounts::counts(LineStatus status) {
    return countsInDeviationAmount(status);
}

DeviationAmounts DeviationAmounts::compute(const MonthResult& result) {
    // The validator decides which line carries its group's amount (Finding::groupLead) and what
    // the amount is; here they are only added up, so the grid's column sums to the tile.
    DeviationAmounts out;
    const QList<LineRecord>& records = result.records;
    out.perLine.fill(Decimal(), records.size());
    QSet<qsizetype> countedGroups;
    for (qsizetype i = 0; i < records.size(); ++i) {
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

} // namespace il::ui
