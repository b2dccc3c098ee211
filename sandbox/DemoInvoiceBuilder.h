#pragma once

#include "sandbox/DemoModel.h"

namespace il::sandbox {

// The Exact side of the story for the demo month and the two months before it: the
// distributor's purchase invoices (a few large ones, a late supplementary one on the month's
// last day, one credit note with negative quantities, one invoice still Open), and one sales
// invoice per customer per month mirroring its lines at our price (plus one sales credit note).
// In the demo month a few lines are booked under the including VAT code "5", and the foreign
// stories come on an invoice in USD (purchase: one; sales: one per customer).
// Records the expected status of every demo-month purchase line. With DemoOptions::booking the
// purchase invoices become financial purchase entries (issue 8 point 4).
class DemoInvoiceBuilder {
public:
    static void build(DemoContext& ctx);

private:
    struct Entry {
        int group = 0;
        Decimal quantity;
        Decimal unitPrice;
        Decimal discount;
        Decimal salesPrice;
        QString status;
        bool credit = false;
        bool supplementary = false;
        bool vatIncluded = false;
        bool foreign = false;
    };

    static QList<Entry> demoMonthEntries(const DemoContext& ctx);
    static QList<Entry> historyEntries(DemoContext& ctx);
    static void purchases(DemoContext& ctx, QDate month, const QList<Entry>& entries, bool demoMonth);
    static void sales(DemoContext& ctx, QDate month, const QList<Entry>& entries);
    static ExactInvoice header(DemoContext& ctx, QDate date, int type, int number, const QString& account);
    static ExactInvoiceLine line(DemoContext& ctx, const Entry& e, bool sales, int lineNumber);
    static void makeForeign(ExactInvoice& invoice);
    // options.booking Entries/Both: the purchase invoices booked as purchase entries instead of
    // (Entries: same ids, so the planted truth holds) or as well as (Both: new ids, truth added).
    static void bookAsEntries(DemoContext& ctx);
    static int monthKey(QDate month) { return (month.year() % 100) * 100 + month.month(); }
};

} // namespace il::sandbox
