#pragma once

#include "reconcile/LineStatus.h"

#include <QColor>
#include <QPalette>

namespace il::ui {

// Tinted backgrounds for the grid and the tiles, mixed from the palette's base colour so the
// palette's own text colour stays readable on them in light and dark themes alike.
class GridColours {
public:
    enum class Kind { Good, Warning, Bad, Neutral };

    static QColor tint(const QPalette& palette, Kind kind);
    // A stronger version for small marks (tile accents, outcome text), still readable on base.
    static QColor accent(const QPalette& palette, Kind kind);
    static Kind kindOf(LineStatus status);
    static bool isDark(const QPalette& palette);
};

} // namespace il::ui
