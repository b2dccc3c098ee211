#pragma once

#include "sandbox/exact/ExactEntitySet.h"

namespace il::sandbox {

// salesinvoice/SalesInvoices and bulk/SalesInvoice/SalesInvoiceLines with the fields of
// api/exact-online.md §4.1-4.2, built from ExactData::salesInvoices.
class ExactSalesSets {
public:
    static ExactEntitySet salesInvoices();
    static ExactEntitySet salesInvoiceLines();
};

} // namespace il::sandbox
