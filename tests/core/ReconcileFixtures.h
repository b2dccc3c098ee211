#pragma once

// Small hand-made ConnectWise directories and invoice lines for the linker and validator tables.

#include "domain/InvoiceLine.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/Validator.h"

#include <QDate>

namespace fixtures {

inline il::Decimal dec(const char* s) { return il::Decimal::fromString(QString::fromLatin1(s)); }

inline const QDate kMonth(2026, 10, 1);

inline il::Company company(int id, const char* identifier, const QString& name, bool deleted = false) {
    il::Company c;
    c.id = id;
    c.identifier = QString::fromLatin1(identifier);
    c.name = name;
    c.deleted = deleted;
    return c;
}

inline il::Agreement agreement(int id, int companyId, const char* status = "Active", QDate start = QDate(2025, 1, 1),
                               QDate end = QDate()) {
    il::Agreement a;
    a.id = id;
    a.companyId = companyId;
    a.name = QStringLiteral("Agreement %1").arg(id);
    a.status = QString::fromLatin1(status);
    a.startDate = start;
    a.endDate = end;
    return a;
}

inline il::Addition addition(int id, int agreementId, const char* product, const char* qty, const char* cost,
                             const char* price = "0", QDate effective = QDate(2025, 1, 1), QDate cancelled = QDate()) {
    il::Addition a;
    a.id = id;
    a.agreementId = agreementId;
    a.productIdentifier = QString::fromLatin1(product);
    a.quantity = dec(qty);
    a.unitCost = dec(cost);
    a.unitPrice = dec(price);
    a.effectiveDate = effective;
    a.cancelledDate = cancelled;
    return a;
}

inline il::CatalogItem item(int id, const char* identifier) {
    il::CatalogItem c;
    c.id = id;
    c.identifier = QString::fromLatin1(identifier);
    return c;
}

inline il::InvoiceLine line(const QString& customer, const char* itemCode, const char* qty, const char* price,
                            const char* id = "") {
    il::InvoiceLine l;
    l.lineId = QString::fromLatin1(id);
    l.customerKey = customer;
    l.customerName = customer;
    l.itemCode = QString::fromLatin1(itemCode);
    l.quantity = dec(qty);
    l.unitPrice = dec(price);
    l.amount = l.quantity * l.unitPrice;
    return l;
}

// Groups, their lead lines and deviation amounts as the validator sets them, for months made by
// hand in tests.
inline void markGroups(il::MonthResult& result) {
    QList<il::LinkedLine> lines;
    QList<il::Finding> findings;
    for (const il::LineRecord& r : std::as_const(result.records)) {
        lines.append(r.linked);
        findings.append(r.finding);
    }
    il::Validator::markGroups(lines, findings);
    for (qsizetype i = 0; i < findings.size(); ++i)
        result.records[i].finding = findings[i];
}

} // namespace fixtures
