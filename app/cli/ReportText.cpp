#include "ReportText.h"

#include "TerminalText.h"
#include "TextTable.h"

#include "reconcile/MonthResult.h"

void ReportText::print(const il::MonthResult& r, QTextStream& out) {
    out << QStringLiteral("Reconciliation of %1: %2 invoice lines (%3 source) against ConnectWise %4\n")
               .arg(r.month.toString(QStringLiteral("yyyy-MM")))
               .arg(r.records.size())
               .arg(il::invoiceSourceName(r.source), il::priceFieldName(r.comparedPriceField));
    for (il::LineStatus s : il::allLineStatuses())
        out << QStringLiteral("  %1  %2\n").arg(r.count(s), 5).arg(il::toString(s));
    out << QStringLiteral("  %1  extra additions (in ConnectWise, not on the invoice)\n").arg(r.extraAdditions.size(), 5);

    TextTable table({QStringLiteral("STATUS"), QStringLiteral("CUSTOMER"), QStringLiteral("ITEM"), QStringLiteral("QTY"),
                     QStringLiteral("CW QTY"), QStringLiteral("PRICE"), QStringLiteral("CW PRICE"), QStringLiteral("ACTION"),
                     QStringLiteral("REASON")},
                    {false, false, false, true, true, true, true, false, false});
    table.setMaxWidth(1, 24);
    table.setMaxWidth(8, 100); // room for a skipped create's addition, date and "nothing created"
    int shown = 0;
    for (const il::LineRecord& record : r.records) {
        const il::Finding& f = record.finding;
        const il::LineAction action = record.action;
        if (!f.needsAttention() && action == il::LineAction::None)
            continue;
        const il::LinkedLine& l = record.linked;
        ++shown;
        table.addRow({il::toString(f.status), l.line.customerKey, l.line.itemCode, l.line.quantity.toString(),
                      f.hasAddition() ? f.cwQuantity.toString() : QString(), l.line.unitPrice.toString(),
                      f.hasAddition() ? f.cwComparedPrice.toString() : QString(), il::toString(action),
                      record.actionDetail.isEmpty() ? f.reason : record.actionDetail});
    }
    if (shown) {
        out << '\n';
        table.print(out);
    }
    if (!r.extraAdditions.isEmpty()) {
        out << "\nExtra additions:\n";
        for (const il::ExtraAddition& e : r.extraAdditions)
            out << QStringLiteral("  agreement %1, addition %2: %3 × %4\n")
                       .arg(e.agreementId)
                       .arg(e.additionId)
                       .arg(e.quantity.toString(), TerminalText::clean(e.productIdentifier));
    }
    if (r.pushed || r.failed || r.skipped)
        out << QStringLiteral("\nPushed %1, failed %2, skipped %3.\n").arg(r.pushed).arg(r.failed).arg(r.skipped);
    if (!r.logTipProblem.isEmpty())
        out << QStringLiteral("Warning: %1\n").arg(r.logTipProblem);
    else if ((r.pushed || r.failed || r.skipped) && !r.logTip.isEmpty())
        out << r.logTip.sentence() << '\n';
    out << QStringLiteral("\nAPI calls: Exact Online %1, ConnectWise %2\n")
               .arg(il::MonthResult::total(r.exactCalls))
               .arg(il::MonthResult::total(r.connectwiseCalls));
    // Decided lines (issue 10): a dismissed line no longer counts as needing attention.
    const int accepted = r.count(il::LineDecision::Accepted);
    const int dismissed = r.count(il::LineDecision::Dismissed);
    if (accepted || dismissed)
        out << QStringLiteral("Decided: %1 accepted, %2 dismissed.\n").arg(accepted).arg(dismissed);
    out << (r.needingAttention() ? QStringLiteral("%1 line(s) need attention.\n").arg(r.needingAttention())
                                 : QStringLiteral("Nothing left to fix.\n"));
}
