#pragma once

#include "connectwise/CwNewRecords.h"
#include "domain/InvoiceLine.h"

#include <QString>

namespace il {

// What "Create product…" proposes for an invoice line's item. The ConnectWise catalog is shared
// by every customer, so nothing of this customer goes in: the descriptions are the line's text
// without the customer's name or key (the description rule puts "[Customer] " in front), else the
// item code. The invoice gives one price (cost for the purchase source, price for sales); the
// other is left unset, for the user to type (an empty field is not 0).
class CatalogDraft {
public:
    static NewCatalogItem fromLine(const InvoiceLine& line, bool salesSource);
    static QString sharedDescription(const InvoiceLine& line);
};

} // namespace il
