#include "log/LogCategories.h"

namespace il {

// QtWarningMsg: debug and info stay off unless a switch or QT_LOGGING_RULES enables them.
Q_LOGGING_CATEGORY(lcExact, "invoicelink.exact", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnectWise, "invoicelink.connectwise", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "invoicelink.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "invoicelink.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReconcile, "invoicelink.reconcile", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "invoicelink.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "invoicelink.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "invoicelink.ui", QtWarningMsg)

} // namespace il
