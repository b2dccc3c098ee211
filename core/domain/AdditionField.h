#pragma once

#include "domain/Addition.h"
#include "domain/PriceField.h"

#include <QString>

#include <optional>

namespace il {

// The fields of an agreement addition InvoiceLink compares and writes. The names are
// ConnectWise's JSON field names, used in PATCH bodies, the transfer log and its exports.
enum class AdditionField { Quantity, UnitCost, UnitPrice };

inline QString additionFieldName(AdditionField field) {
    switch (field) {
    case AdditionField::Quantity:
        return QStringLiteral("quantity");
    case AdditionField::UnitCost:
        return QStringLiteral("unitCost");
    case AdditionField::UnitPrice:
        return QStringLiteral("unitPrice");
    }
    return {};
}

inline std::optional<AdditionField> additionFieldFromName(const QString& name) {
    for (AdditionField f : {AdditionField::Quantity, AdditionField::UnitCost, AdditionField::UnitPrice})
        if (name == additionFieldName(f))
            return f;
    return std::nullopt;
}

inline AdditionField additionFieldOf(PriceField field) {
    return field == PriceField::UnitPrice ? AdditionField::UnitPrice : AdditionField::UnitCost;
}

// What the addition holds in that field.
inline Decimal additionValue(const Addition& addition, AdditionField field) {
    switch (field) {
    case AdditionField::Quantity:
        return addition.quantity;
    case AdditionField::UnitCost:
        return addition.unitCost;
    case AdditionField::UnitPrice:
        return addition.unitPrice;
    }
    return {};
}

} // namespace il
