#pragma once

#include "sandbox/exact/ExactEntitySet.h"

#include <QDate>
#include <QJsonValue>

namespace il::sandbox {

// The entity sets the Exact fake serves (ExactLookupSets, ExactPurchaseSets, ExactSalesSets, ExactEntrySets), with the fields of api/exact-online.md §4 and the rows
// built from ExactData. Next-link styles (so clients must handle each):
//   Absolute     system/Divisions, purchase/PurchaseInvoices, salesinvoice/SalesInvoices,
//                vat/VATCodes
//   DotDotApi    purchase/PurchaseInvoiceLines, crm/Accounts, purchaseentry/PurchaseEntries
//   PathRelative bulk/SalesInvoice/SalesInvoiceLines, logistics/Items, project/Projects,
//                purchaseentry/PurchaseEntryLines
class ExactEntities {
public:
    static const QList<ExactEntitySet>& all();
    // nullptr when the path (after /api/v1/{division}/) is no entity set; case-insensitive.
    static const ExactEntitySet* find(const QString& path);

    // Wire helpers shared with the rest of the fake.
    static QJsonValue date(const QDate& d);     // "/Date(ms)/" at midnight UTC, null when invalid
    static QJsonValue number(const Decimal& d); // a JSON number, as Edm.Double is sent
    static QJsonValue guid(const QString& g);   // null when empty
    static QJsonValue text(const QString& s);   // null when empty
};

} // namespace il::sandbox
