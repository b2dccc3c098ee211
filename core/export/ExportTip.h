#pragma once

#include "store/LogVerifier.h"

#include <QString>

namespace il {

// The transfer log tip an export carries, for `log verify --against FILE.csv`: the transfer-log
// export (columns id and hash: its highest row) or the reconcile report (columns
// transfer_log_tip_id and transfer_log_tip_hash). Any row of the log is a valid point to check, so
// an export of one month proves the log up to that month's last row.
class ExportTip {
public:
    // Throws UserError naming the file (and the line) when it is neither export, has no tip (an
    // empty log when it was written) or a malformed id or hash.
    static LogVerifier::Expected read(const QString& path);
};

} // namespace il
