#pragma once

#include "exact/InvoiceSource.h"

namespace il {

// salesinvoice/SalesInvoices of the month and their lines from the bulk endpoint
// bulk/SalesInvoice/SalesInvoiceLines (1,000 per page, item codes included), batched by
// InvoiceID; customers (the invoice account) from crm/Accounts in batches when the customer rule
// is `account`. invoiceNumber is Exact's InvoiceNumber.
class SalesInvoiceSource : public InvoiceSource {
public:
    using InvoiceSource::InvoiceSource;

    QString name() const override { return QStringLiteral("sales"); }
    QStringList requiredEndpoints() const override;
    QCoro::Task<QList<InvoiceLine>> loadMonth(QDate firstOfMonth, CancelToken cancel = {}) override;
};

} // namespace il
