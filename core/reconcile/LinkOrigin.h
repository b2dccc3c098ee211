#pragma once

#include <QString>

namespace il {

// Where a link came from; shown next to every link so the user knows what to confirm.
enum class LinkOrigin { None, Auto, Suggested, Confirmed };

inline QString toString(LinkOrigin origin) {
    switch (origin) {
    case LinkOrigin::Auto:
        return QStringLiteral("auto");
    case LinkOrigin::Suggested:
        return QStringLiteral("suggested");
    case LinkOrigin::Confirmed:
        return QStringLiteral("confirmed");
    case LinkOrigin::None:
        break;
    }
    return QString();
}

inline LinkOrigin linkOriginFromString(const QString& text) {
    if (text == QLatin1String("auto"))
        return LinkOrigin::Auto;
    if (text == QLatin1String("suggested"))
        return LinkOrigin::Suggested;
    if (text == QLatin1String("confirmed"))
        return LinkOrigin::Confirmed;
    return LinkOrigin::None;
}

} // namespace il
