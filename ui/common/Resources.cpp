#include "common/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initInvoiceLinkResources() {
    Q_INIT_RESOURCE(invoicelink);
}

namespace il::ui {

void initResources() {
    static const bool done = [] {
        initInvoiceLinkResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace il::ui
