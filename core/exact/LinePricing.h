#pragma once

#include "domain/InvoiceLine.h"
#include "exact/ExactRecordReader.h"

#include <optional>

namespace il {

// Turns a line's price as Exact sends it into the price InvoiceLink compares and pushes:
// excluding VAT and in the administration's currency (issue 8, points 1 and 2; docs/decisions.md).
//   VAT: UnitPrice and NetPrice include VAT when the line's VAT code is of type I; then
//        excl = NetPrice ÷ (1 + percentage), 6 decimals half-even. The percentage is the line's
//        VATPercentage (what Exact applied on this invoice), the code's only when the line has none:
//        a code's percentage can change over time, the booked line does not.
//   Currency: on a foreign invoice the price is the line's amount in the administration's
//        currency ÷ quantity (amounts are excluding VAT on GET), and that amount replaces the line's;
//        a line without quantity converts its excluding price at the invoice's rate.
// Pure: the caller has read the header, the line and its VAT code.
class LinePricing {
public:
    // amountIsAdministrationCurrency: the line's amount is already AmountDC (sales); otherwise it
    // is in the invoice's currency (purchase Amount) and is converted at the header's rate.
    static void apply(InvoiceLine& line, const ExactInvoiceHeader& header, const ExactVatCode* code,
                      std::optional<Decimal> lineVatPercentage, bool amountIsAdministrationCurrency);
};

} // namespace il
