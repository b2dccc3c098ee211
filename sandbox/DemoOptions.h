#pragma once

#include <QDate>
#include <QtGlobal>

namespace il::sandbox {

// Size and seed of the demo dataset. Values below what the planted story needs are raised
// (customers to 12, lines to 60); agreements below the natural count (about one per customer,
// a few second agreements and a few companies that buy nothing from the distributor) are
// raised to it, values above it add agreements to ordinary customers.
// How the demo administration books the distributor's invoices (issue 8 point 4): as logistics
// purchase invoices (purchase/PurchaseInvoices), as financial purchase entries
// (purchaseentry/PurchaseEntries, whose line descriptions carry the item code), or both.
enum class PurchaseBooking { Invoices, Entries, Both };

struct DemoOptions {
    quint64 seed = 42;
    int customers = 40;
    int lines = 150;    // purchase invoice lines in the demo month
    int agreements = 0; // 0 = the natural count
    QDate month;        // first day of the demo month; null = previous calendar month (UTC)
    PurchaseBooking booking = PurchaseBooking::Invoices;
};

} // namespace il::sandbox
