#include "exact/LinePricing.h"

namespace il {

void LinePricing::apply(InvoiceLine& l, const ExactInvoiceHeader& h, const ExactVatCode* code,
                        std::optional<Decimal> lineVatPercentage, bool amountIsAdministrationCurrency) {
    l.currency = h.currency;
    l.foreignCurrency = h.foreign;
    l.vatIncluded = code && code->type == u"I";
    Decimal exclusive = l.invoicedUnitPrice;
    if (l.vatIncluded) {
        const Decimal percentage = lineVatPercentage.value_or(code->percentage);
        exclusive = l.invoicedUnitPrice / (Decimal::fromInt(1) + percentage);
    }
    if (!h.foreign) {
        l.unitPrice = exclusive;
        return;
    }
    if (!amountIsAdministrationCurrency)
        l.amount = l.amount * h.exchangeRate;
    l.unitPrice = l.quantity.isZero() ? exclusive * h.exchangeRate : l.amount / l.quantity;
}

} // namespace il
