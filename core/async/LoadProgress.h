#pragma once

#include <QMetaType>
#include <QString>

namespace il {

// Where a month's load is, for every front end alike (the window's progress bar and text, the
// command line's progress lines): the phase, how far it is (done of total; total 0 while the
// total is not known) and, while Exact Online's rate limit makes the load wait, for how long.
struct LoadProgress {
    // In the order a load passes them (ConnectWise's companies are read while Exact is).
    enum class Phase {
        ExactInvoices,         // the month's invoice headers; done: invoices read
        ExactLines,            // their lines; done of total: lines read of the month's lines
        ExactDetails,          // items, accounts, VAT codes of those lines; done: records read
        ConnectWiseAgreements, // the agreements of total companies; done = total once read
        ConnectWiseAdditions,  // done of total: agreements whose additions are read
        Checking,              // linking and validating total lines
        Done                   // total lines loaded
    };

    Phase phase = Phase::ExactInvoices;
    int done = 0;
    int total = 0;
    int waitSeconds = 0; // > 0: waiting this long for Exact Online's rate limit

    // "Exact Online: invoice lines 1,200 of 5,000", "… — waiting 34 s for Exact Online's rate
    // limit"; numbers with the user's thousands separators (QLocale()), translated.
    QString text() const;
    // "exact_lines", …: stable names for logs and tests.
    static QString phaseName(Phase phase);

    bool operator==(const LoadProgress&) const = default;
};

} // namespace il

Q_DECLARE_METATYPE(il::LoadProgress)
