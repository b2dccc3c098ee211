#include "reconcile/ReportJson.h"


#include <QJsonArray>

namespace il {
namespace {

QJsonValue orNull(int id) { return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null); }

QJsonValue cwObject(const LinkedLine& l, const Finding& f) {
    if (!l.companyId)
        return QJsonValue(QJsonValue::Null);
    QJsonObject cw;
    cw[QStringLiteral("company_id")] = l.companyId;
    cw[QStringLiteral("agreement_id")] = orNull(l.agreementId);
    cw[QStringLiteral("addition_id")] = orNull(f.additionIds.isEmpty() ? 0 : f.additionIds.first());
    cw[QStringLiteral("product_identifier")] =
        l.productIdentifier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.productIdentifier);
    const bool has = f.hasAddition();
    cw[QStringLiteral("quantity")] = has ? f.cwQuantity.toJson() : QJsonValue(QJsonValue::Null);
    cw[QStringLiteral("unit_cost")] = has ? f.cwUnitCost.toJson() : QJsonValue(QJsonValue::Null);
    cw[QStringLiteral("unit_price")] = has ? f.cwUnitPrice.toJson() : QJsonValue(QJsonValue::Null);
    return cw;
}

} // namespace

QJsonObject ReportJson::build(const MonthResult& r) {
    QJsonArray lines;
    for (const LineRecord& record : r.records) {
        const LinkedLine& l = record.linked;
        const Finding& f = record.finding;
        QJsonObject o;
        o[QStringLiteral("line_id")] = l.line.lineId;
        o[QStringLiteral("invoice_number")] = l.line.invoiceNumber;
        o[QStringLiteral("customer_key")] = l.line.customerKey;
        o[QStringLiteral("item_code")] = l.line.itemCode;
        o[QStringLiteral("description")] = l.line.description;
        o[QStringLiteral("quantity")] = l.line.quantity.toJson();
        o[QStringLiteral("unit_price")] = l.line.unitPrice.toJson(); // compared: excl. VAT, admin currency
        // How the invoice stated it (issue 8): the price as invoiced, its currency and VAT code.
        o[QStringLiteral("invoiced_unit_price")] = l.line.invoicedUnitPrice.toJson();
        o[QStringLiteral("currency")] = l.line.currency;
        o[QStringLiteral("foreign_currency")] = l.line.foreignCurrency;
        o[QStringLiteral("vat_code")] = l.line.vatCode;
        o[QStringLiteral("vat_included")] = l.line.vatIncluded;
        o[QStringLiteral("status")] = toString(f.status);
        o[QStringLiteral("reason")] = f.reason;
        o[QStringLiteral("cw")] = cwObject(l, f);
        o[QStringLiteral("action")] = toString(record.action);
        o[QStringLiteral("action_detail")] = record.actionDetail;
        // issue 10: the person's decision ("accepted", "dismissed" or null) and note (or null).
        o[QStringLiteral("decision")] = record.decision == LineDecision::None
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(lineDecisionName(record.decision));
        o[QStringLiteral("note")] = record.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.note);
        lines.append(o);
    }
    QJsonArray extras;
    for (const ExtraAddition& e : r.extraAdditions)
        extras.append(QJsonObject{{QStringLiteral("agreement_id"), e.agreementId},
                                  {QStringLiteral("addition_id"), e.additionId},
                                  {QStringLiteral("product_identifier"), e.productIdentifier},
                                  {QStringLiteral("quantity"), e.quantity.toJson()}});
    QJsonObject summary;
    summary[QStringLiteral("lines")] = int(r.records.size());
    for (LineStatus s : allLineStatuses())
        summary[toString(s)] = r.count(s);
    summary[QStringLiteral("pushed")] = r.pushed;
    summary[QStringLiteral("failed")] = r.failed;
    summary[QStringLiteral("skipped")] = r.skipped;
    summary[QStringLiteral("accepted")] = r.count(LineDecision::Accepted);
    summary[QStringLiteral("dismissed")] = r.count(LineDecision::Dismissed);

    QJsonObject report;
    report[QStringLiteral("month")] = r.month.toString(QStringLiteral("yyyy-MM"));
    report[QStringLiteral("source")] = invoiceSourceName(r.source);
    report[QStringLiteral("compared_price_field")] = priceFieldName(r.comparedPriceField);
    report[QStringLiteral("lines")] = lines;
    report[QStringLiteral("extra_additions")] = extras;
    report[QStringLiteral("summary")] = summary;
    report[QStringLiteral("api_calls")] = QJsonObject{{QStringLiteral("exact"), MonthResult::total(r.exactCalls)},
                                                      {QStringLiteral("connectwise"), MonthResult::total(r.connectwiseCalls)}};
    // What a mail or a script keeps so `log verify --tip ID:HASH` can later prove the log still
    // reaches this run's end; null for an empty log.
    if (r.logTip.isEmpty())
        report[QStringLiteral("transfer_log_tip")] = QJsonValue(QJsonValue::Null);
    else
        report[QStringLiteral("transfer_log_tip")] =
            QJsonObject{{QStringLiteral("id"), r.logTip.id},
                        {QStringLiteral("hash"), r.logTip.hash},
                        {QStringLiteral("text"), r.logTip.text()},
                        {QStringLiteral("anchor_problem"),
                         r.logTipProblem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.logTipProblem)}};
    return report;
}

} // namespace il
