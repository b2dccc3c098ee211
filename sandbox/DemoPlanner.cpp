#include "sandbox/DemoPlanner.h"

#include "sandbox/DemoStories.h"

#include <algorithm>

namespace il::sandbox {

namespace {

struct Planted {
    Scenario scenario;
    int perScale; // stories per 150 lines
};

const Planted PlantedStories[] = {
    {Scenario::QuantityMismatch, 6},  {Scenario::PriceMismatch, 5},     {Scenario::PriceAndQuantity, 3},
    {Scenario::NoAddition, 3},        {Scenario::Cancelled, 2},         {Scenario::Future, 2},
    {Scenario::MultiOk, 1},           {Scenario::MultiMismatch, 1},     {Scenario::Grouped, 3},
    {Scenario::GroupedMismatch, 1},   {Scenario::ToleranceHalfCent, 2}, {Scenario::ToleranceCent, 1},
    {Scenario::ToleranceJustOver, 1}, {Scenario::DiscountOk, 3},        {Scenario::DiscountTrap, 1},
    {Scenario::CancelledInMonth, 1},  {Scenario::EffectiveLastDay, 1},  {Scenario::Replaced, 1},
    {Scenario::UnlinkedItem, 2},      {Scenario::VatIncluded, 3},       {Scenario::ForeignCurrency, 2},
};
constexpr int CreditStories = 3; // all on one customer: one credit note

int linesOf(Scenario s) {
    return (s == Scenario::Grouped || s == Scenario::GroupedMismatch || s == Scenario::Credit) ? 2 : 1;
}

} // namespace

int DemoPlanner::plantedLineEstimate(int scale) {
    int lines = CreditStories * 2 + 2 * 2 + 2 + 3; // credits, two inactive customers, ambiguous
    for (const Planted& p : PlantedStories)
        lines += p.perScale * scale * linesOf(p.scenario);
    return lines;
}

bool DemoPlanner::canTake(const DemoCustomer& c, Scenario s) {
    switch (c.kind) {
    case CustomerKind::Normal:
    case CustomerKind::NameOnly:
    case CustomerKind::DeletedDuplicate:
        return true;
    case CustomerKind::TwoAgreements: // the fallback rule cannot choose between two agreements
        return !DemoStories::needsSingleAgreement(s);
    default:
        return false;
    }
}

bool DemoPlanner::addGroup(DemoContext& ctx, int customer, Scenario scenario) {
    DemoCustomer& c = ctx.customers[customer];
    const QList<int>& pool = scenario == Scenario::UnlinkedItem ? ctx.noCatalogItems : ctx.invoicedItems;
    QList<bool> taken(ctx.items.size(), false);
    for (int item : c.items)
        taken[item] = true;
    QList<int> free;
    for (int item : pool)
        if (!taken.at(item))
            free.append(item);
    if (free.isEmpty())
        return false;
    DemoGroup g;
    g.customer = customer;
    g.item = ctx.rng.pick(free);
    g.scenario = scenario;
    DemoStories::tell(ctx, g);
    c.items.append(g.item);
    if (DemoStories::needsSingleAgreement(scenario))
        c.needsSingleAgreement = true;
    ctx.groups.append(g);
    return true;
}

int DemoPlanner::pickCustomer(DemoContext& ctx, Scenario scenario, const QList<int>& order) {
    int best = -1;
    for (int i : order) {
        const DemoCustomer& c = ctx.customers.at(i);
        if (!canTake(c, scenario))
            continue;
        if (scenario == Scenario::UnlinkedItem &&
            std::all_of(ctx.noCatalogItems.begin(), ctx.noCatalogItems.end(),
                        [&](int item) { return c.items.contains(item); }))
            continue;
        if (best < 0 || c.items.size() < ctx.customers.at(best).items.size())
            best = i;
    }
    return best;
}

void DemoPlanner::plan(DemoContext& ctx, int lineCount) {
    QList<int> order;
    int creditCustomer = -1;
    for (int i = 0; i < ctx.customers.size(); ++i) {
        const DemoCustomer& c = ctx.customers.at(i);
        if (c.kind == CustomerKind::InactiveEnded || c.kind == CustomerKind::InactiveStatus) {
            addGroup(ctx, i, Scenario::InactiveAgreement);
            addGroup(ctx, i, Scenario::InactiveAgreement);
        } else if (c.kind == CustomerKind::Ambiguous) {
            for (int n = 0; n < 3; ++n)
                addGroup(ctx, i, Scenario::Ambiguous);
        } else if (c.kind == CustomerKind::Normal && creditCustomer < 0) {
            creditCustomer = i;
        }
        order.append(i);
    }
    // The fewest customers (12) leave no plain Normal one: any that can take a credit then.
    if (creditCustomer < 0)
        creditCustomer = pickCustomer(ctx, Scenario::Credit, order);
    for (int n = 0; creditCustomer >= 0 && n < CreditStories; ++n)
        addGroup(ctx, creditCustomer, Scenario::Credit);

    ctx.rng.shuffle(order); // ties go to a random customer, the same one for the same seed
    for (const Planted& p : PlantedStories)
        for (int n = 0; n < p.perScale * ctx.scale; ++n) {
            const int customer = pickCustomer(ctx, p.scenario, order);
            if (customer >= 0)
                addGroup(ctx, customer, p.scenario);
        }

    int lines = 0;
    for (const DemoGroup& g : ctx.groups)
        lines += int(g.lines.size());
    while (lines < lineCount) {
        const int customer = pickCustomer(ctx, Scenario::Plain, order);
        if (customer < 0 || !addGroup(ctx, customer, Scenario::Plain))
            break; // every customer buys every product: the catalog was sized too small
        ++lines;
    }
}

} // namespace il::sandbox
