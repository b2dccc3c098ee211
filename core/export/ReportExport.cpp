#include "export/ReportExport.h"

#include "reconcile/MonthDeviation.h"

#include <QCoreApplication>

namespace il {
namespace {

// Header words: English for the command line (no translator installed), the user's language in
// the desktop. The tip columns are read back by name and stay as they are.
const char* const kHeaders[] = {
    QT_TRANSLATE_NOOP("il::ReportExport", "Month"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Invoice number"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Invoice date"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Customer"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Customer key"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Item"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Description"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Quantity"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Invoice unit price"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Amount"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Company"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Agreement"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Product"),
    QT_TRANSLATE_NOOP("il::ReportExport", "ConnectWise quantity"),
    QT_TRANSLATE_NOOP("il::ReportExport", "ConnectWise unit cost"),
    QT_TRANSLATE_NOOP("il::ReportExport", "ConnectWise unit price"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Difference"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Deviation amount"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Status"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Reason"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Decision"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Note"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Action"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Action detail"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Line id"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Company id"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Agreement id"),
    QT_TRANSLATE_NOOP("il::ReportExport", "Addition id"),
};

} // namespace

QStringList ReportExport::columns() {
    QStringList out;
    for (const char* h : kHeaders)
        out << QCoreApplication::translate("il::ReportExport", h);
    out << QStringLiteral("transfer_log_tip_id") << QStringLiteral("transfer_log_tip_hash");
    return out;
}

Table ReportExport::table(const MonthResult& r, const CwDirectory& directory) {
    Table t;
    t.header = columns();
    const MonthDeviation deviation = MonthDeviation::compute(r.records);
    const Cell none = QString();
    // The same on every row, so any row of the file (CSV has no second sheet) carries the tip.
    const QString tipId = r.logTip.isEmpty() ? QString() : QString::number(r.logTip.id);
    const QString tipHash = r.logTip.isEmpty() ? QString() : r.logTip.hash;
    for (qsizetype i = 0; i < r.records.size(); ++i) {
        const LineRecord& record = r.records[i];
        const LinkedLine& l = record.linked;
        const Finding& f = record.finding;
        const bool has = f.hasAddition();
        const Company* company = l.companyId ? directory.company(l.companyId) : nullptr;
        const Agreement* agreement = l.agreementId ? directory.agreement(l.agreementId) : nullptr;
        // Only the line that carries its group's difference shows it: sums count a group once.
        const Decimal difference = deviation.perLine.value(i);
        const bool carries = MonthDeviation::counts(f.status) && !difference.isZero();
        t.addRow({MonthCell{r.month},
                  l.line.invoiceNumber,
                  l.line.invoiceDate,
                  l.line.customerName,
                  l.line.customerKey,
                  l.line.itemCode,
                  l.line.description,
                  l.line.quantity,
                  l.line.unitPrice,
                  l.line.amount,
                  company ? company->name : QString(),
                  agreement ? agreement->name : QString(),
                  l.productIdentifier,
                  has ? Cell(f.cwQuantity) : none,
                  has ? Cell(f.cwUnitCost) : none,
                  has ? Cell(f.cwUnitPrice) : none,
                  carries ? Cell(difference) : none,
                  carries ? Cell(difference.abs()) : none,
                  toString(f.status),
                  f.reason,
                  lineDecisionName(record.decision),
                  record.note,
                  toString(record.action),
                  record.actionDetail,
                  l.line.lineId,
                  idCell(l.companyId),
                  idCell(l.agreementId),
                  idCell(f.additionIds.value(0)),
                  tipId,
                  tipHash});
    }
    return t;
}

} // namespace il
