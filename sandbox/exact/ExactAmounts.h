#pragma once

#include "sandbox/SandboxData.h"

namespace il::sandbox {

// The amounts an invoice or entry shows besides its lines' own, computed one way for every set
// the fake serves (purchase and sales invoices, purchase entries), so they cannot disagree.
class ExactAmounts {
public:
    // VAT of one line, in the invoice's currency, at the line's percentage, to the cent.
    static Decimal vat(const ExactInvoiceLine& line);
    static Decimal net(const ExactInvoice& invoice); // the lines' amounts, excluding VAT
    static Decimal vat(const ExactInvoice& invoice); // the lines' VAT
    // FC → DC: AmountDC = AmountFC × rate (api/exact-online.md §4.2), to the cent; 1 at home.
    static Decimal inDefaultCurrency(const ExactInvoice& invoice, const Decimal& amount);
    // The invoice's currency code; the administration's when the invoice names none.
    static QString currency(const ExactInvoice& invoice, const ExactData& data);
};

} // namespace il::sandbox
