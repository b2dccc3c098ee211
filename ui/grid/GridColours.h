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
    // Text of rows that are left out (not pushed, not linked): between the text and the base, so
    // dimmed in light and dark palettes alike and still readable. Not the palette's
    // PlaceholderText, which themes leave at black or set to anything.
    static QColor dimmedText(const QPalette& palette);
    static Kind kindOf(LineStatus status);
    static bool isDark(const QPalette& palette);
};

} // namespace il::ui
