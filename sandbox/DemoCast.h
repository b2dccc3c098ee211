#pragma once

#include "sandbox/DemoModel.h"

namespace il::sandbox {

// The people in the story: the customers (Exact accounts and CW companies with contacts), the
// planted look-alikes (names that match only after normalization, a deleted duplicate, two live
// companies sharing a name), CW-only clients, and the distributor as Exact supplier.
class DemoCast {
public:
    static void build(DemoContext& ctx, int customerCount);

private:
    static void addCompany(DemoContext& ctx, int id, const QString& identifier, const QString& name,
                           bool deleted);
};

} // namespace il::sandbox
