#pragma once

#include "sandbox/exact/ExactEntitySet.h"

namespace il::sandbox {

// purchase/PurchaseInvoices and purchase/PurchaseInvoiceLines with the fields of
// api/exact-online.md §4.5a, built from ExactData::purchaseInvoices.
class ExactPurchaseSets {
public:
    static ExactEntitySet purchaseInvoices();
    static ExactEntitySet purchaseInvoiceLines();
};

} // namespace il::sandbox
