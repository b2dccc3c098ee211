#include "grid/GridColours.h"

namespace il::ui {
namespace {

QColor hue(GridColours::Kind kind) {
    switch (kind) {
    case GridColours::Kind::Good:
        return QColor(0x2e, 0xa0, 0x4f);
    case GridColours::Kind::Warning:
        return QColor(0xf0, 0xa0, 0x00);
    case GridColours::Kind::Bad:
        return QColor(0xe0, 0x3a, 0x3a);
    case GridColours::Kind::Neutral:
        return QColor(0x5b, 0x8d, 0xd9);
    }
    return Qt::gray;
}

QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

bool GridColours::isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor GridColours::tint(const QPalette& palette, Kind kind) {
    // OK is the common case: a lighter touch, so the deviations stand out.
    const qreal strength = kind == Kind::Good ? 0.6 : 1.0;
    return mix(palette.color(QPalette::Base), hue(kind), (isDark(palette) ? 0.30 : 0.22) * strength);
}

QColor GridColours::accent(const QPalette& palette, Kind kind) {
    // Text-strength colour: towards the text colour enough to keep contrast on the base.
    const QColor h = hue(kind);
    return isDark(palette) ? mix(h, Qt::white, 0.25) : mix(h, Qt::black, 0.25);
}

QColor GridColours::dimmedText(const QPalette& palette) {
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

GridColours::Kind GridColours::kindOf(LineStatus status) {
    switch (status) {
    case LineStatus::Ok:
        return Kind::Good;
    case LineStatus::Unlinked:
        return Kind::Neutral;
    case LineStatus::QuantityMismatch:
    case LineStatus::PriceMismatch:
    case LineStatus::PriceAndQuantityMismatch:
    case LineStatus::NoAddition:
    case LineStatus::AgreementInactive:
        return Kind::Warning;
    }
    return Kind::Neutral;
}

} // namespace il::ui
