#pragma once

// One Qt logging category per area (DESIGN: logging). Every category is off below warning until
// a front end's --verbose (info) or --debug (debug) switch, or QT_LOGGING_RULES, turns it on, so
// a run without switches prints nothing but the command's own output and its one-line errors.
//
// Levels: qCInfo for the phases an operator follows in an unattended run (month loaded, push
// outcome, database opened); qCDebug for per-request detail (every HTTP call, each lock wait).
// Never log a secret: URLs go through LogRedact::url(), tokens and keys are never passed at all.

#include <QLoggingCategory>

namespace il {

Q_DECLARE_LOGGING_CATEGORY(lcExact)       // "invoicelink.exact": Exact Online reads, sign-in, token refresh
Q_DECLARE_LOGGING_CATEGORY(lcConnectWise) // "invoicelink.connectwise": ConnectWise reads and writes
Q_DECLARE_LOGGING_CATEGORY(lcHttp)        // "invoicelink.http": every request, retry and rate-limit wait
Q_DECLARE_LOGGING_CATEGORY(lcStore)       // "invoicelink.store": database open, migrations, transfer log
Q_DECLARE_LOGGING_CATEGORY(lcReconcile)   // "invoicelink.reconcile": month load phases, push, intent, lock
Q_DECLARE_LOGGING_CATEGORY(lcExport)      // "invoicelink.export": files written
Q_DECLARE_LOGGING_CATEGORY(
    lcSettings)                  // "invoicelink.settings": config file read, secrets looked up (names only)
Q_DECLARE_LOGGING_CATEGORY(lcUi) // "invoicelink.ui": the desktop's actions

} // namespace il
