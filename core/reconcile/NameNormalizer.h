#pragma once

#include <QString>

namespace il {

// Company names as the linker compares them: case-folded, accents stripped, punctuation and
// spaces collapsed, legal forms (B.V., BV, N.V., Ltd, Inc, GmbH, LLC, ...) dropped.
// "Café Noir B.V." and "CAFE-NOIR" both become "cafenoir".
class NameNormalizer {
public:
    static QString normalize(const QString& name);
};

} // namespace il
