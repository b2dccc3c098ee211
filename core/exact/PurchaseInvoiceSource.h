#pragma once

#include "exact/InvoiceSource.h"

namespace il {

// The default source: purchase/PurchaseInvoices of the month (one filtered query, following
// __next), their lines from purchase/PurchaseInvoiceLines in batched `InvoiceID eq guid'…' or …`
// filters, and the item codes from logistics/Items in batches (lines carry only the item GUID).
// invoiceNumber is the supplier's number (YourRef), else Exact's EntryNumber.
class PurchaseInvoiceSource : public InvoiceSource {
public:
    using InvoiceSource::InvoiceSource;

    QString name() const override { return QStringLiteral("purchase"); }
    QStringList requiredEndpoints() const override;
    QCoro::Task<QList<InvoiceLine>> loadMonth(QDate firstOfMonth, CancelToken cancel = {}) override;
};

} // namespace il
