#pragma once

#include "domain/Link.h"

#include <QIcon>

namespace il::ui {

// The small mark next to a link in the grid that says where the link came from: a grey ring
// (automatic), an amber ring with a dot (suggested), a green disc with a tick (confirmed). Drawn
// in code, in mid tones that read on light and dark palettes alike.
class OriginIcon {
public:
    static QIcon icon(LinkOrigin origin);
};

} // namespace il::ui
