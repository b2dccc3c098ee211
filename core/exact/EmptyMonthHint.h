#pragma once

#include "async/CancelToken.h"

#include <QDate>
#include <QString>

#include <qcoro/qcorotask.h>

namespace il {

class ODataReader;

// Why a month came back empty when the administration books the distributor's invoices the
// other way (issue 8 point 4): Exact answers an empty purchase/PurchaseInvoices while the
// invoices sit in purchaseentry/PurchaseEntries (or the reverse), and the rights check passes.
// Asked only for an empty month, so a normal load pays no extra call: one filtered header
// query on the other source's set. A 4xx on it (no right or scope for the other set) gives no
// hint rather than failing an empty month that was read correctly.
class EmptyMonthHint {
public:
    // The message naming the setting, e.g. "Exact Online has no purchase invoices for 2026-10,
    // but 12 purchase entries: set [exact] source=entries"; empty when the other source holds
    // nothing for the month too, or for a source without a counterpart (sales).
    static QCoro::Task<QString> find(ODataReader& reader, QString source, QDate firstOfMonth,
                                     CancelToken cancel = {});
    static QString message(const QString& source, QDate firstOfMonth, int otherCount);
};

} // namespace il
