#pragma once

#include "domain/Transfer.h"
#include "table/Table.h"
#include "store/LineNotes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace il {

// The transfer log as an export table (`log export`, and the desktop's export button):
// one row per transfer, old and new values as numbers, outcome exactly pushed, already_in_effect,
// refused_changed, failed, intent or not_applied, and the line's note when one is given. The
// column hash is the
// row's link in the log's hash chain: the id and hash of any row (the last one is the tip) can be
// handed to `log verify --tip ID:HASH`, or the file itself to `log verify --against FILE.csv`.
// The columns after hash (target, object_kind, object_id: which record of which system was
// written) came later, then decision (a decision row's "accepted", "dismissed" or "undone"; its
// note is in note) and quantity, unit_cost and unit_price (every value a create wrote); columns
// are only ever added at the end.
class TransferExport {
public:
    static QStringList columns();
    static Table table(const std::vector<Transfer>& transfers, const std::vector<LineNote>& notes = {});
    // CSV or XLSX by the extension of `path` (see TableFile).
    static void save(const std::vector<Transfer>& transfers, const QString& path,
                     const std::vector<LineNote>& notes = {});
};

} // namespace il
