#include "sandbox/exact/ExactAmounts.h"

namespace il::sandbox {

Decimal ExactAmounts::vat(const ExactInvoiceLine& line) {
    return (line.amount * line.vatPercentage).rounded(2);
}

Decimal ExactAmounts::net(const ExactInvoice& invoice) {
    Decimal sum;
    for (const auto& l : invoice.lines)
        sum += l.amount;
    return sum;
}

Decimal ExactAmounts::vat(const ExactInvoice& invoice) {
    Decimal sum;
    for (const auto& l : invoice.lines)
        sum += vat(l);
    return sum;
}

Decimal ExactAmounts::inDefaultCurrency(const ExactInvoice& invoice, const Decimal& amount) {
    return (amount * invoice.exchangeRate).rounded(2);
}

QString ExactAmounts::currency(const ExactInvoice& invoice, const ExactData& data) {
    return invoice.currency.isEmpty() ? data.currency : invoice.currency;
}

} // namespace il::sandbox
