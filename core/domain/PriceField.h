#pragma once

#include <QString>

#include <optional>

namespace il {

// Which ConnectWise price an invoice line's price is compared with (connectwise/compare_price_to):
// what the provider pays (unitCost, for purchase invoices) or what it charges (unitPrice, for
// sales invoices). The names are the setting's values and the JSON report's, a contract.
enum class PriceField { UnitCost, UnitPrice };

inline QString priceFieldName(PriceField field) {
    return field == PriceField::UnitPrice ? QStringLiteral("unitPrice") : QStringLiteral("unitCost");
}

inline std::optional<PriceField> priceFieldFromName(const QString& name) {
    if (name == QLatin1String("unitCost"))
        return PriceField::UnitCost;
    if (name == QLatin1String("unitPrice"))
        return PriceField::UnitPrice;
    return std::nullopt;
}

} // namespace il
