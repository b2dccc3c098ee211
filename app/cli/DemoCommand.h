#pragma once

#include "sandbox/DemoOptions.h"

#include <QStringList>
#include <QTextStream>

// demo [lines] [--booking invoices|entries|both] [--month YYYY-MM] [--apply KINDS] [--export FILE]
// [--json] [--verbose]: the main job against the built-in sandbox, with a temporary config and
// database and tokens in memory; it never touches real settings or the keychain. "demo lines"
// prints the invoice lines only. --booking entries books the distributor's invoices as purchase
// entries and reads them with source=entries (issue 8 point 4).
class DemoCommand {
public:
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);

private:
    // Removes --booking VALUE (or --booking=VALUE) from args; Invoices when absent.
    static il::sandbox::PurchaseBooking takeBooking(QStringList& args);
};
