#pragma once

#include "sandbox/DemoOptions.h"
#include "sandbox/SandboxData.h"

namespace il::sandbox {

// The deterministic demo dataset both fakes serve: an IT service provider buys recurring
// services from a distributor, whose monthly PURCHASE invoices in Exact list per customer the
// item, quantity and cost; in ConnectWise each customer is a company whose agreements hold those
// services as additions (catalog identifier = Exact item code, unitCost = our cost, unitPrice =
// our price). The SALES side mirrors it: one sales invoice per customer per month at our price.
//
// Every kind of deviation is planted in the demo month, several of each, and recorded in
// SandboxData::planted. The expected statuses hold for the demo's configuration:
//   [exact] source=purchase, customer_key=description, customer_pattern=^\[(.+?)\]
//   [connectwise] compare_price_to=unitCost      [tolerance] price=0.01, quantity=0
// (line descriptions read "[<customer name>] <item description>"; CostCenter holds the CW
// company identifier, so the costcenter rule links the same way).
//
// The same seed gives the same data on every machine: the generator uses its own PRNG and
// never iterates a hash container.
class DemoDataGenerator {
public:
    static SandboxData generate(const DemoOptions& options = {});
    // Options as the generator uses them: month set and moved to its first day, sizes raised to
    // what the planted story needs and capped at sane maxima.
    static DemoOptions normalized(DemoOptions options);
    // The previous calendar month of today (UTC), first day.
    static QDate defaultMonth();
};

} // namespace il::sandbox
