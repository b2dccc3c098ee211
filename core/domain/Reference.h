#pragma once

#include <QString>

namespace il {

// An id/name pair from a ConnectWise lookup table: agreement types, product types,
// subcategories, billing cycles.
struct Reference {
    int id = 0;
    QString name;
};

} // namespace il
