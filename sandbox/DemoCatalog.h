#pragma once

#include "sandbox/DemoModel.h"

namespace il::sandbox {

// The products: what the distributor invoices (Exact items with a CW catalog item whose
// identifier equals the code, case sometimes different), items without a catalog item, and
// CW-only services. Also the CW product types and subcategories.
class DemoCatalog {
public:
    // At least `minInvoiced` invoiced items; beyond the named ones they are numbered bundles.
    static void build(DemoContext& ctx, int minInvoiced);
};

} // namespace il::sandbox
