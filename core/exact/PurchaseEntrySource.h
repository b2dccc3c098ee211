#pragma once

#include "exact/InvoiceSource.h"
#include "exact/ItemKeyRule.h"

namespace il {

// exact/source=entries (issue 8 point 4): the distributor's invoice booked as a financial
// purchase entry. purchaseentry/PurchaseEntries of the month by EntryDate (one filtered query,
// following __next), their lines from purchaseentry/PurchaseEntryLines in batched
// `EntryID eq guid'…' or …` filters. Entry lines carry no item and no price (picqer
// PurchaseEntryLine.php): the item code comes from the description (exact/item_key=description,
// exact/item_pattern), the price is AmountDC ÷ Quantity in exact decimals, the amount AmountDC.
// A line that names an item but has no quantity fails the load: it has no price per unit, and a
// guessed one could be pushed. invoiceNumber is the supplier's number (YourRef), else EntryNumber.
class PurchaseEntrySource : public InvoiceSource {
public:
    // Throws UserError under item_key=item: entry lines never carry an item.
    PurchaseEntrySource(ODataReader& reader, CustomerKeyRule rule, ItemKeyRule itemRule);

    QString name() const override { return QStringLiteral("entries"); }
    QStringList requiredEndpoints() const override;
    QCoro::Task<QList<InvoiceLine>> loadMonth(QDate firstOfMonth, CancelToken cancel = {}) override;

private:
    ItemKeyRule m_itemRule;
};

} // namespace il
