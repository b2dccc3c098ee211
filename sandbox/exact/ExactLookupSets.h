#pragma once

#include "sandbox/exact/ExactEntitySet.h"

namespace il::sandbox {

// The reference sets the fake serves beside the invoices: system/Divisions, logistics/Items,
// crm/Accounts, project/Projects
// and vat/VATCodes (api/exact-online.md §2.2, §4.7).
class ExactLookupSets {
public:
    static ExactEntitySet divisions();
    static ExactEntitySet items();
    static ExactEntitySet accounts();
    static ExactEntitySet projects();
    static ExactEntitySet vatCodes();
};

} // namespace il::sandbox
