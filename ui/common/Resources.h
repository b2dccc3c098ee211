#pragma once

namespace il::ui {

// Registers the app's compiled-in resources (resources/invoicelink.qrc: the app icon). The
// library is static, so the linker keeps them only when something calls this; the window does.
void initResources();

} // namespace il::ui
