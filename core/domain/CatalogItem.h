#pragma once

#include "money/Decimal.h"

#include <QString>

namespace il {

// A ConnectWise product catalog item (/procurement/catalog).
struct CatalogItem {
    int id = 0;
    QString identifier; // equals the Exact item code (case-insensitive) when linked
    QString description;
    QString customerDescription;
    Decimal price;
    Decimal cost;
    bool inactive = false;
    int subcategoryId = 0;
    int typeId = 0;
};

} // namespace il
