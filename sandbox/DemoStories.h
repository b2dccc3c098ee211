#pragma once

#include "sandbox/DemoModel.h"

namespace il::sandbox {

// Tells one group's planted story: the invoice lines (quantities, prices, discounts, credit and
// supplementary lines), the agreement additions that go with them, and the status a correct
// validator reports for each line with the demo config (purchase source, customer from the
// description, price compared to unitCost, tolerance 0.01).
class DemoStories {
public:
    static void tell(DemoContext& ctx, DemoGroup& group);
    // Whether the story needs the company's single agreement to be found by the fallback rule.
    static bool needsSingleAgreement(Scenario scenario);
    static bool needsWholeQuantity(Scenario scenario);

private:
    static Decimal baseQuantity(DemoContext& ctx, const DemoItem& item, bool whole);
    static QDate earlierDate(DemoContext& ctx);
    static void mirrorSalesPrices(DemoGroup& group, const DemoItem& item);
};

} // namespace il::sandbox
