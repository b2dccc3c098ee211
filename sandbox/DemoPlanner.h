#pragma once

#include "sandbox/DemoModel.h"

namespace il::sandbox {

// Decides who buys what: every planted story (several of each kind, more for larger datasets)
// plus plain lines until the month has the requested number of lines, spread evenly over the
// customers, each (customer, product) pair at most once.
class DemoPlanner {
public:
    static void plan(DemoContext& ctx, int lineCount);
    // Lines the planted stories take at the given scale, for sizing the product range.
    static int plantedLineEstimate(int scale);

private:
    static bool canTake(const DemoCustomer& customer, Scenario scenario);
    static int pickCustomer(DemoContext& ctx, Scenario scenario, const QList<int>& order);
    static bool addGroup(DemoContext& ctx, int customer, Scenario scenario);
};

} // namespace il::sandbox
