#include "sandbox/DemoStories.h"

namespace il::sandbox {

namespace {

Decimal dec(const char* text) {
    return Decimal::fromString(QString::fromLatin1(text));
}
Decimal whole(int n) {
    return Decimal::fromInt(n);
}

} // namespace

bool DemoStories::needsSingleAgreement(Scenario s) {
    return s == Scenario::NoAddition || s == Scenario::Cancelled || s == Scenario::Future;
}

bool DemoStories::needsWholeQuantity(Scenario s) {
    return s == Scenario::MultiOk || s == Scenario::MultiMismatch || s == Scenario::Credit ||
           s == Scenario::Grouped || s == Scenario::GroupedMismatch || s == Scenario::ForeignCurrency;
}

Decimal DemoStories::baseQuantity(DemoContext& ctx, const DemoItem& item, bool wholeOnly) {
    if (item.divisible && !wholeOnly)
        return Decimal::fromRaw(qint64(ctx.rng.between(150, 2500)) * 10'000); // 1.50–25.00
    const int n = ctx.rng.percent(10) ? ctx.rng.between(26, 150) : ctx.rng.between(1, 25);
    return whole(wholeOnly ? std::max(n, 4) : n);
}

QDate DemoStories::earlierDate(DemoContext& ctx) {
    return ctx.month.addMonths(-ctx.rng.between(3, 18)).addDays(ctx.rng.between(0, 20));
}

void DemoStories::tell(DemoContext& ctx, DemoGroup& g) {
    const DemoItem& item = ctx.items.at(g.item);
    const Decimal p = item.cost;
    const Decimal q = baseQuantity(ctx, item, needsWholeQuantity(g.scenario));
    const QDate effective = earlierDate(ctx);
    g.baseQuantity = q;
    auto line = [&](Decimal quantity, const QString& status) -> DemoLine& {
        DemoLine l;
        l.quantity = quantity;
        l.unitPrice = p;
        l.status = status;
        g.lines.append(l);
        return g.lines.last();
    };
    auto add = [&](Decimal quantity, Decimal cost) -> DemoAddition& {
        g.additions.append({g.item, quantity, cost, item.price, effective, QDate()});
        return g.additions.last();
    };
    auto someOf = [&](Decimal total) {
        return whole(ctx.rng.between(1, int(total.raw() / Decimal::Factor) - 1));
    };
    const QList<Decimal> quantityDeltas = {whole(-3), whole(-2), whole(-1), whole(1), whole(2), whole(4)};
    const QList<Decimal> priceDeltas = {dec("0.35"), dec("1.20"), dec("0.0825"), dec("2.50"), dec("0.015")};
    auto otherQuantity = [&] {
        const Decimal d = ctx.rng.pick(quantityDeltas);
        return q + d > Decimal() ? q + d : q + whole(2);
    };
    auto otherCost = [&] {
        const Decimal d = ctx.rng.pick(priceDeltas);
        return p - d > Decimal() ? p - d : p + d; // usually: the distributor raised the price
    };
    const QList<Decimal> discounts = {dec("0.05"), dec("0.1"), dec("0.125"), dec("0.15")};

    switch (g.scenario) {
    case Scenario::Plain:
        line(q, status::Ok);
        add(q, p);
        break;
    case Scenario::QuantityMismatch:
        line(q, status::Quantity);
        add(otherQuantity(), p);
        break;
    case Scenario::PriceMismatch:
        line(q, status::Price);
        add(q, otherCost());
        break;
    case Scenario::PriceAndQuantity:
        line(q, status::PriceAndQuantity);
        add(otherQuantity(), otherCost());
        break;
    case Scenario::NoAddition:
        line(q, status::NoAddition);
        break;
    case Scenario::Cancelled:
        line(q, status::NoAddition);
        add(q, p).cancelled = ctx.month.addDays(-ctx.rng.between(1, 45));
        break;
    case Scenario::Future:
        line(q, status::NoAddition);
        add(q, p).effective = ctx.month.addMonths(1).addDays(ctx.rng.between(0, 20));
        break;
    case Scenario::MultiOk: {
        const Decimal a = someOf(q);
        line(q, status::Ok);
        add(a, p);
        add(q - a, p).effective = effective.addMonths(1);
        break;
    }
    case Scenario::MultiMismatch: {
        const Decimal a = someOf(q);
        line(q, status::Quantity);
        add(a, p);
        add(q - a + whole(ctx.rng.between(1, 3)), p).effective = effective.addMonths(1);
        break;
    }
    case Scenario::Credit: {
        const Decimal credited = whole(ctx.rng.between(1, 3));
        line(q + credited, status::Ok);
        line(-credited, status::Ok).credit = true;
        add(q, p);
        break;
    }
    case Scenario::Grouped:
    case Scenario::GroupedMismatch: {
        const bool ok = g.scenario == Scenario::Grouped;
        const Decimal a = someOf(q);
        line(a, ok ? status::Ok : status::Quantity);
        line(q - a, ok ? status::Ok : status::Quantity).supplementary = true;
        add(ok ? q : q + whole(ctx.rng.between(1, 3)), p);
        break;
    }
    case Scenario::ToleranceHalfCent:
        line(q, status::Ok);
        add(q, p + dec("0.005"));
        break;
    case Scenario::ToleranceCent:
        line(q, status::Ok);
        add(q, p - dec("0.01"));
        break;
    case Scenario::ToleranceJustOver:
        line(q, status::Price);
        add(q, p + dec("0.011"));
        break;
    case Scenario::DiscountOk:
    case Scenario::DiscountTrap: {
        const bool ok = g.scenario == Scenario::DiscountOk;
        DemoLine& l = line(q, ok ? status::Ok : status::Price);
        l.discount = ctx.rng.pick(discounts);
        add(q, ok ? p * (whole(1) - l.discount) : p);
        break;
    }
    case Scenario::CancelledInMonth:
        line(q, status::Ok);
        add(q, p).cancelled = ctx.month;
        break;
    case Scenario::EffectiveLastDay:
        line(q, status::Ok);
        add(q, p).effective = ctx.lastDay();
        break;
    case Scenario::Replaced:
        line(q, status::Ok);
        add(q + whole(2), p).cancelled = ctx.month.addDays(-1);
        add(q, p).effective = ctx.month;
        break;
    case Scenario::UnlinkedItem:
        line(q, status::Unlinked);
        break;
    case Scenario::InactiveAgreement:
        line(q, status::AgreementInactive);
        add(q, p);
        break;
    case Scenario::Ambiguous:
        line(q, status::Unlinked);
        add(q, p);
        break;
    // Exact sends these prices including VAT or in USD; compared as the addition holds them
    // (excluding VAT, in euros) they match. A client comparing what Exact sends would report a
    // price mismatch and push a wrong cost.
    case Scenario::VatIncluded:
        line(q, status::Ok).vatIncluded = true;
        add(q, p);
        break;
    case Scenario::ForeignCurrency:
        line(q, status::Ok).foreign = true;
        add(q, p);
        break;
    }
    mirrorSalesPrices(g, item);
}

// The sales invoice bills what the purchase line shows, at our price; where the purchase price
// differs from the addition's cost, the sales price differs from its unitPrice by the same amount,
// so the sales source tells the same story.
void DemoStories::mirrorSalesPrices(DemoGroup& g, const DemoItem& item) {
    for (DemoLine& l : g.lines) {
        const Decimal net = l.unitPrice * (Decimal::fromInt(1) - l.discount);
        l.salesPrice = g.additions.isEmpty() ? item.price : item.price + (net - g.additions.last().unitCost);
    }
}

} // namespace il::sandbox
