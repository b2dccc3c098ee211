#include "sandbox/DemoAgreementBuilder.h"

#include <QHash>
#include <QSet>
#include <QTime>

namespace il::sandbox {

namespace {

int baseAgreements(CustomerKind kind) {
    return (kind == CustomerKind::TwoAgreements || kind == CustomerKind::Ambiguous) ? 2 : 1;
}

bool mayGetMoreAgreements(const DemoCustomer& c) {
    return (c.kind == CustomerKind::Normal || c.kind == CustomerKind::NameOnly ||
            c.kind == CustomerKind::DeletedDuplicate) &&
           !c.needsSingleAgreement && !c.agreementEndsInMonth;
}

const Company* companyById(const CwData& cw, int id) {
    for (const Company& c : cw.companies)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

int DemoAgreementBuilder::naturalCount(const DemoContext& ctx) {
    int count = 0;
    for (const DemoCustomer& c : ctx.customers)
        count += baseAgreements(c.kind);
    return count;
}

QString DemoAgreementBuilder::timestamp(DemoContext& ctx, QDate from, QDate to) {
    if (!from.isValid() || from > to)
        from = to.addDays(-30);
    const QDate day = from.addDays(ctx.rng.between(0, int(from.daysTo(to))));
    const QTime time(ctx.rng.between(7, 18), ctx.rng.between(0, 59), ctx.rng.between(0, 59));
    return day.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm:ss")) + u'Z';
}

int DemoAgreementBuilder::addAgreement(DemoContext& ctx, int companyId, int index, const QString& status,
                                       QDate start, QDate end) {
    CwData& cw = ctx.data.cw;
    const Company* company = companyById(cw, companyId);
    const Reference& type = cw.agreementTypes.at(index % cw.agreementTypes.size());
    Agreement a;
    a.id = 701 + int(cw.agreements.size());
    a.name = index < cw.agreementTypes.size()
                 ? QStringLiteral("%1 - %2").arg(type.name, company->name)
                 : QStringLiteral("%1 %2 - %3").arg(type.name).arg(index + 1).arg(company->name);
    a.companyId = company->id;
    a.companyIdentifier = company->identifier;
    a.companyName = company->name;
    a.typeId = type.id;
    a.typeName = type.name;
    a.status = status;
    a.startDate = start;
    a.endDate = end;
    a.lastUpdated = timestamp(ctx, start, ctx.month.addDays(-1));
    cw.agreements.append(a);
    return a.id;
}

int DemoAgreementBuilder::addAddition(DemoContext& ctx, int agreementId, const DemoAddition& d) {
    CwData& cw = ctx.data.cw;
    const DemoItem& item = ctx.items.at(d.item);
    Addition a;
    a.id = 3101 + int(cw.additions.size());
    a.agreementId = agreementId;
    a.productId = item.catalogId;
    a.productIdentifier = item.cwIdentifier;
    a.description = item.description;
    a.quantity = d.quantity;
    a.unitCost = d.unitCost;
    a.unitPrice = d.unitPrice;
    a.billCustomer = QStringLiteral("Billable");
    a.effectiveDate = d.effective;
    a.cancelledDate = d.cancelled;
    QDate changed = d.effective < ctx.month ? d.effective : QDate();
    if (d.cancelled.isValid() && d.cancelled < ctx.month)
        changed = d.cancelled;
    a.lastUpdated = timestamp(ctx, changed, ctx.month.addDays(-1));
    cw.additions.append(a);
    return a.id;
}

void DemoAgreementBuilder::addServices(DemoContext& ctx, int agreementId) {
    QList<int> services = ctx.serviceItems;
    ctx.rng.shuffle(services);
    const int count = ctx.rng.between(1, 2);
    for (int i = 0; i < count; ++i) {
        const DemoItem& item = ctx.items.at(services.at(i));
        addAddition(ctx, agreementId,
                    {services.at(i), Decimal::fromInt(ctx.rng.between(1, 30)), item.cost, item.price,
                     ctx.month.addMonths(-ctx.rng.between(3, 24)), QDate()});
    }
}

void DemoAgreementBuilder::build(DemoContext& ctx) {
    CwData& cw = ctx.data.cw;
    cw.agreementTypes = {{1, QStringLiteral("Cloud Services")},
                         {2, QStringLiteral("Backup & Continuity")},
                         {3, QStringLiteral("Hosting")},
                         {4, QStringLiteral("Managed Services")}};
    cw.billingCycles = {
        {1, QStringLiteral("Monthly")}, {2, QStringLiteral("Quarterly")}, {3, QStringLiteral("Yearly")}};

    for (DemoCustomer& c : ctx.customers)
        if (c.kind == CustomerKind::DeletedDuplicate && !c.needsSingleAgreement) {
            c.agreementEndsInMonth = true; // ends on the 15th: still active in the month
            break;
        }
    QList<int> eligible;
    for (int i = 0; i < ctx.customers.size(); ++i)
        if (mayGetMoreAgreements(ctx.customers.at(i)))
            eligible.append(i);
    if (eligible.isEmpty())
        for (int i = 0; i < ctx.customers.size(); ++i)
            if (ctx.customers.at(i).kind == CustomerKind::CwOnly)
                eligible.append(i);
    for (int n = 0; n < ctx.options.agreements - naturalCount(ctx); ++n)
        ++ctx.customers[eligible.at(n % eligible.size())].extraAgreements;

    QList<QList<int>> groupsOf(ctx.customers.size());
    for (int gi = 0; gi < ctx.groups.size(); ++gi)
        groupsOf[ctx.groups.at(gi).customer].append(gi);
    for (int ci = 0; ci < ctx.customers.size(); ++ci) {
        DemoCustomer& c = ctx.customers[ci];
        const int count = baseAgreements(c.kind) + c.extraAgreements;
        for (int i = 0; i < count; ++i) {
            QDate start = ctx.month.addMonths(-ctx.rng.between(6, 36));
            QDate end;
            QString status = QStringLiteral("Active");
            if (c.kind == CustomerKind::InactiveEnded) {
                end = ctx.month.addMonths(-1).addDays(-1); // ended two months back; status never updated
            } else if (c.kind == CustomerKind::InactiveStatus) {
                status = QStringLiteral("Inactive");
                end = ctx.month.addDays(-1);
            } else if (c.agreementEndsInMonth) {
                end = ctx.month.addDays(14);
            }
            const int companyId =
                (c.kind == CustomerKind::Ambiguous && i == 1) ? c.twinCompanyId : c.cwCompanyId;
            c.agreementIds.append(addAgreement(ctx, companyId, i, status, start, end));
        }
        // The ambiguous twins' second agreement belongs to the other company: groups stay on the first.
        const int groupAgreements = c.kind == CustomerKind::Ambiguous ? 1 : count;
        int k = 0;
        for (int gi : groupsOf.at(ci)) {
            DemoGroup& g = ctx.groups[gi];
            g.agreementId = c.agreementIds.at(k++ % groupAgreements);
            for (const DemoAddition& a : g.additions)
                addAddition(ctx, g.agreementId, a);
        }
        for (int id : c.agreementIds)
            addServices(ctx, id);
    }
    plantExtras(ctx);
}

} // namespace il::sandbox

namespace il::sandbox {

// Extra additions: active, on an agreement some line links to, for a product the month's invoice
// carries for another customer. Look-alikes that are not extra: the same kind of addition but
// cancelled before the month or starting after it, and additions on agreements no line links to
// (clients outside the invoice, the ambiguous company's twin).
void DemoAgreementBuilder::plantExtras(DemoContext& ctx) {
    QList<int> candidates; // groups whose lines link to their agreement
    QList<int> linkedItems;
    QSet<int> seenItems; // membership only
    for (int i = 0; i < ctx.groups.size(); ++i) {
        const DemoGroup& g = ctx.groups.at(i);
        const CustomerKind kind = ctx.customers.at(g.customer).kind;
        if (g.scenario == Scenario::UnlinkedItem ||
            !(kind == CustomerKind::Normal || kind == CustomerKind::NameOnly ||
              kind == CustomerKind::DeletedDuplicate || kind == CustomerKind::TwoAgreements))
            continue;
        candidates.append(i);
        if (!seenItems.contains(g.item)) {
            seenItems.insert(g.item);
            linkedItems.append(g.item);
        }
    }
    QSet<qint64> placed; // agreementId × item; membership only
    // A customer's items as a set: at 100,000 lines a list scan per linked item and extra
    // addition took most of the demo's generation time.
    QHash<const DemoCustomer*, QSet<int>> itemsOf;
    auto addOn = [&](int agreementId, const DemoCustomer& c, QDate effective, QDate cancelled) -> int {
        auto own = itemsOf.find(&c);
        if (own == itemsOf.end())
            own = itemsOf.insert(&c, QSet<int>(c.items.cbegin(), c.items.cend()));
        QList<int> free;
        for (int item : linkedItems)
            if (!own->contains(item) && !placed.contains(qint64(agreementId) * 100'000 + item))
                free.append(item);
        if (free.isEmpty())
            return 0;
        const int item = ctx.rng.pick(free);
        placed.insert(qint64(agreementId) * 100'000 + item);
        const DemoItem& it = ctx.items.at(item);
        return addAddition(
            ctx, agreementId,
            {item, Decimal::fromInt(ctx.rng.between(1, 20)), it.cost, it.price, effective, cancelled});
    };
    auto earlier = [&] { return ctx.month.addMonths(-ctx.rng.between(2, 12)); };
    if (candidates.isEmpty())
        return;
    for (int n = 0; n < 3 * ctx.scale; ++n) {
        const DemoGroup& g = ctx.groups.at(ctx.rng.pick(candidates));
        if (const int id = addOn(g.agreementId, ctx.customers.at(g.customer), earlier(), QDate()))
            ctx.data.planted.extraAdditionIds.append(id);
    }
    for (int n = 0; n < 2 * ctx.scale; ++n) {
        const DemoGroup& g = ctx.groups.at(ctx.rng.pick(candidates));
        const DemoCustomer& c = ctx.customers.at(g.customer);
        if (n % 2 == 0)
            addOn(g.agreementId, c, earlier(), ctx.month.addDays(-ctx.rng.between(1, 30)));
        else
            addOn(g.agreementId, c, ctx.month.addMonths(1), QDate());
    }
    for (const DemoCustomer& c : ctx.customers) {
        if (c.kind == CustomerKind::CwOnly)
            for (int id : c.agreementIds)
                addOn(id, c, earlier(), QDate());
        else if (c.kind == CustomerKind::Ambiguous)
            addOn(c.agreementIds.at(1), c, earlier(), QDate());
    }
}

} // namespace il::sandbox
