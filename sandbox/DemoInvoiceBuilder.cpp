#include "sandbox/DemoInvoiceBuilder.h"

#include <QHash>

#include <algorithm>

namespace il::sandbox {

namespace {

constexpr int LinesPerInvoice = 80;
constexpr int MaxInvoices = 8;
const QString ForeignCurrency = QStringLiteral("USD");
// USD → EUR; AmountDC = Amount × ExchangeRate (api/exact-online.md §4.5a, direction inferred).
const Decimal ForeignRate = Decimal::fromString(u"0.92");
const QString IncludingVatCode = QStringLiteral("5");

} // namespace

QList<DemoInvoiceBuilder::Entry> DemoInvoiceBuilder::demoMonthEntries(const DemoContext& ctx) {
    QList<Entry> entries;
    for (int gi = 0; gi < ctx.groups.size(); ++gi)
        for (const DemoLine& l : ctx.groups.at(gi).lines) {
            entries.append({gi, l.quantity, l.unitPrice, l.discount, l.salesPrice, l.status, l.credit,
                            l.supplementary, l.vatIncluded, l.foreign});
        }
    return entries;
}

QList<DemoInvoiceBuilder::Entry> DemoInvoiceBuilder::historyEntries(DemoContext& ctx) {
    QList<Entry> entries;
    for (int gi = 0; gi < ctx.groups.size(); ++gi) {
        const DemoGroup& g = ctx.groups.at(gi);
        const DemoItem& item = ctx.items.at(g.item);
        Entry e;
        e.group = gi;
        e.quantity = g.baseQuantity;
        if (ctx.rng.percent(12) && g.baseQuantity > Decimal::fromInt(1))
            e.quantity = g.baseQuantity + Decimal::fromInt(ctx.rng.percent(50) ? 1 : -1);
        // Before this month's price rise the invoice still matched the addition.
        const bool priceRose =
            g.scenario == Scenario::PriceMismatch || g.scenario == Scenario::PriceAndQuantity;
        e.unitPrice = priceRose ? g.additions.last().unitCost : item.cost;
        e.discount = g.lines.first().discount;
        e.salesPrice = item.price;
        entries.append(e);
    }
    return entries;
}

ExactInvoice DemoInvoiceBuilder::header(DemoContext& ctx, QDate date, int type, int number,
                                        const QString& account) {
    ExactInvoice inv;
    inv.id = ctx.newGuid();
    inv.invoiceDate = date;
    inv.invoiceNumber = number;
    inv.type = type;
    inv.accountId = account;
    return inv;
}

ExactInvoiceLine DemoInvoiceBuilder::line(DemoContext& ctx, const Entry& e, bool sales, int lineNumber) {
    const DemoGroup& g = ctx.groups.at(e.group);
    const DemoItem& item = ctx.items.at(g.item);
    const DemoCustomer& c = ctx.customers.at(g.customer);
    ExactInvoiceLine l;
    l.id = ctx.newGuid();
    l.lineNumber = lineNumber;
    l.itemId = item.exactId;
    l.description = QStringLiteral("[%1] %2").arg(c.exactName, item.description);
    l.quantity = e.quantity;
    l.unitPrice = sales ? e.salesPrice : e.unitPrice;
    l.discount = sales ? Decimal() : e.discount;
    l.netPrice = l.unitPrice * (Decimal::fromInt(1) - l.discount);
    if (e.foreign) { // the euro price at the invoice's rate, in dollars to the 1/100 cent
        l.unitPrice = (l.unitPrice / ForeignRate).rounded(4);
        l.netPrice = (l.netPrice / ForeignRate).rounded(4);
    }
    l.amount = (l.quantity * l.netPrice).rounded(2); // excluding VAT, whatever the code
    if (e.vatIncluded) { // Exact sends the prices of an including code with the VAT in them
        const Decimal withVat = Decimal::fromInt(1) + l.vatPercentage;
        l.vatCode = IncludingVatCode;
        l.unitPrice = l.unitPrice * withVat;
        l.netPrice = l.netPrice * withVat;
    }
    l.costCenter = c.cwIdentifier;
    l.project = c.exactProjectId;
    return l;
}

void DemoInvoiceBuilder::makeForeign(ExactInvoice& inv) {
    inv.currency = ForeignCurrency;
    inv.exchangeRate = ForeignRate;
}

void DemoInvoiceBuilder::purchases(DemoContext& ctx, QDate month, const QList<Entry>& entries,
                                   bool demoMonth) {
    QList<Entry> regular, supplementary, credit, foreign;
    for (const Entry& e : entries)
        (e.credit ? credit : e.supplementary ? supplementary : e.foreign ? foreign : regular).append(e);
    // The distributor lists its lines per customer.
    auto byCustomer = [&](const Entry& a, const Entry& b) {
        const DemoGroup& ga = ctx.groups.at(a.group);
        const DemoGroup& gb = ctx.groups.at(b.group);
        return ga.customer != gb.customer ? ga.customer < gb.customer
                                          : ctx.items.at(ga.item).code < ctx.items.at(gb.item).code;
    };
    std::stable_sort(regular.begin(), regular.end(), byCustomer);

    // A few invoices whatever the size: larger datasets make longer invoices.
    const qsizetype perInvoice =
        std::max<qsizetype>(LinesPerInvoice, (regular.size() + MaxInvoices - 1) / MaxInvoices);
    QList<QList<Entry>> chunks;
    for (qsizetype i = 0; i < regular.size(); i += perInvoice)
        chunks.append(regular.mid(i, perInvoice));
    QList<QDate> dates;
    for (int i = 0; i < chunks.size(); ++i)
        dates.append(month.addDays(std::min(i, 26)));
    if (!demoMonth && chunks.size() > 1)
        dates.last() = month.addMonths(1).addDays(-1); // on the boundary with the next month
    const qsizetype foreignChunk = foreign.isEmpty() ? -1 : chunks.size();
    if (!foreign.isEmpty()) {
        chunks.append(foreign);
        dates.append(month.addDays(9));
    }
    if (!supplementary.isEmpty()) {
        chunks.append(supplementary);
        dates.append(month.addMonths(1).addDays(-1));
    }
    if (!credit.isEmpty()) {
        chunks.append(credit);
        dates.append(month.addDays(19));
    }

    int number = monthKey(month) * 1000;
    for (int i = 0; i < chunks.size(); ++i) {
        const bool isCredit = !credit.isEmpty() && i == chunks.size() - 1;
        ExactInvoice inv = header(ctx, dates.at(i), isCredit ? 8034 : 8033, ++number, ctx.supplierAccountId);
        inv.yourRef = QStringLiteral("CDN-%1-%2")
                          .arg(month.toString(QStringLiteral("yyyyMM")))
                          .arg(i + 1, 3, 10, QLatin1Char('0'));
        inv.status =
            (demoMonth && i == 1) ? 20 : 50; // one is still Open: it belongs to the month all the same
        inv.description =
            isCredit ? QStringLiteral("Credit note recurring services %1")
                           .arg(month.toString(QStringLiteral("yyyy-MM")))
                     : QStringLiteral("Recurring services %1").arg(month.toString(QStringLiteral("yyyy-MM")));
        if (i == foreignChunk)
            makeForeign(inv);
        for (const Entry& e : chunks.at(i)) {
            inv.lines.append(line(ctx, e, false, int(inv.lines.size()) + 1));
            if (demoMonth)
                ctx.data.planted.statusByLineId.insert(inv.lines.last().id, e.status);
        }
        ctx.data.exact.purchaseInvoices.append(inv);
    }
}

void DemoInvoiceBuilder::sales(DemoContext& ctx, QDate month, const QList<Entry>& entries) {
    QList<QList<Entry>> byCustomer(ctx.customers.size());
    for (const Entry& e : entries)
        byCustomer[ctx.groups.at(e.group).customer].append(e);
    int number = monthKey(month) * 10'000;
    for (int ci = 0; ci < ctx.customers.size(); ++ci) {
        const DemoCustomer& c = ctx.customers.at(ci);
        for (const int kind : {0, 1, 2}) { // services, services in USD, credit
            const bool credit = kind == 2;
            const bool foreign = kind == 1;
            ExactInvoice inv = header(ctx, month.addDays(credit ? 20 : 4 + ci % 20), credit ? 8021 : 8020, 0,
                                      c.exactAccountId);
            for (const Entry& e : byCustomer.at(ci))
                if (e.credit == credit && e.foreign == foreign)
                    inv.lines.append(line(ctx, e, true, int(inv.lines.size()) + 1));
            if (inv.lines.isEmpty())
                continue;
            if (foreign)
                makeForeign(inv);
            inv.invoiceNumber = ++number;
            inv.status = (ci == 0 && !credit) ? 20 : 50;
            inv.description =
                QStringLiteral("%1 %2").arg(credit ? QStringLiteral("Credit") : QStringLiteral("Services"),
                                            month.toString(QStringLiteral("yyyy-MM")));
            ctx.data.exact.salesInvoices.append(inv);
        }
    }
}

void DemoInvoiceBuilder::build(DemoContext& ctx) {
    for (int back = 2; back >= 1; --back) {
        const QDate month = ctx.month.addMonths(-back);
        const QList<Entry> entries = historyEntries(ctx);
        purchases(ctx, month, entries, false);
        sales(ctx, month, entries);
    }
    const QList<Entry> entries = demoMonthEntries(ctx);
    purchases(ctx, ctx.month, entries, true);
    sales(ctx, ctx.month, entries);
    // Last, so the random draws above (and with them the whole dataset) do not depend on it.
    if (ctx.options.booking != PurchaseBooking::Invoices)
        bookAsEntries(ctx);
}

void DemoInvoiceBuilder::bookAsEntries(DemoContext& ctx) {
    QHash<QString, QString> codes;
    for (const DemoItem& item : ctx.items)
        codes.insert(item.exactId, item.code);
    const bool both = ctx.options.booking == PurchaseBooking::Both;
    ExactData& exact = ctx.data.exact;
    for (const ExactInvoice& inv : exact.purchaseInvoices) {
        ExactInvoice entry = inv;
        if (both)
            entry.id = ctx.newGuid();
        entry.type = inv.type == 8034 ? 31 : 30; // purchase entry / purchase credit note
        for (ExactInvoiceLine& l : entry.lines) {
            const QString invoiceLineId = l.id;
            if (both)
                l.id = ctx.newGuid();
            // A financial line has no item: the bookkeeper types the distributor's item code
            // into the description, after the customer in brackets.
            const qsizetype cut = l.description.indexOf(QStringLiteral("] "));
            const QString code = codes.value(l.itemId);
            if (cut >= 0 && !code.isEmpty())
                l.description.insert(cut + 2, code + u' ');
            l.itemId.clear();
            l.unitPrice = l.netPrice = l.discount = Decimal();
            if (both && ctx.data.planted.statusByLineId.contains(invoiceLineId))
                ctx.data.planted.statusByLineId.insert(l.id, ctx.data.planted.statusByLineId.value(invoiceLineId));
        }
        exact.purchaseEntries.append(entry);
    }
    if (!both)
        exact.purchaseInvoices.clear();
}

} // namespace il::sandbox
