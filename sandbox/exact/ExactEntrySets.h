#pragma once

#include "sandbox/exact/ExactEntitySet.h"

namespace il::sandbox {

// purchaseentry/PurchaseEntries and purchaseentry/PurchaseEntryLines (scope "Financial
// accounting") with the fields of picqer's PurchaseEntry.php / PurchaseEntryLine.php, built from
// ExactData::purchaseEntries. Entry lines have no Item, ItemCode, UnitPrice, NetPrice or Discount
// field: a client that asks for one is refused as Exact refuses an unknown property.
class ExactEntrySets {
public:
    static ExactEntitySet purchaseEntries();
    static ExactEntitySet purchaseEntryLines();
};

} // namespace il::sandbox
