#include "export/ReportExport.h"

namespace il {

Table ReportExport::table(const MonthResult& r) {
    Table t;
    t.header = {QStringLiteral("month"),          QStringLiteral("line_id"),       QStringLiteral("invoice_number"),
                QStringLiteral("customer_key"),   QStringLiteral("item_code"),     QStringLiteral("description"),
                QStringLiteral("quantity"),       QStringLiteral("unit_price"),    QStringLiteral("status"),
                QStringLiteral("reason"),         QStringLiteral("company_id"),    QStringLiteral("agreement_id"),
                QStringLiteral("addition_id"),    QStringLiteral("product_identifier"), QStringLiteral("cw_quantity"),
                QStringLiteral("cw_unit_cost"),   QStringLiteral("cw_unit_price"), QStringLiteral("action"),
                QStringLiteral("action_detail"), QStringLiteral("transfer_log_tip_id"),
                QStringLiteral("transfer_log_tip_hash")};
    const QString month = r.month.toString(QStringLiteral("yyyy-MM"));
    auto id = [](int v) { return v ? Cell(QString::number(v)) : Cell(QString()); };
    // The same on every row, so any row of the file (CSV has no second sheet) carries the tip.
    const QString tipId = r.logTip.isEmpty() ? QString() : QString::number(r.logTip.id);
    const QString tipHash = r.logTip.isEmpty() ? QString() : r.logTip.hash;
    for (const LineRecord& record : r.records) {
        const LinkedLine& l = record.linked;
        const Finding& f = record.finding;
        const bool has = f.hasAddition();
        t.addRow({month, l.line.lineId, l.line.invoiceNumber, l.line.customerKey, l.line.itemCode, l.line.description,
                  l.line.quantity, l.line.unitPrice, toString(f.status), f.reason, id(l.companyId), id(l.agreementId),
                  id(f.additionIds.value(0)), l.productIdentifier, has ? Cell(f.cwQuantity) : Cell(QString()),
                  has ? Cell(f.cwUnitCost) : Cell(QString()), has ? Cell(f.cwUnitPrice) : Cell(QString()),
                  toString(record.action), record.actionDetail, tipId, tipHash});
    }
    return t;
}

} // namespace il
