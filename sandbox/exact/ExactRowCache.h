#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/exact/ExactSetRows.h"

#include <QHash>

#include <memory>

namespace il::sandbox {

// Each entity set's rows, built once per state of ExactData and reused by every page.
//
// Tests change ExactData in place between requests, through the Sandbox's data() reference,
// with no call to say so. The cache therefore keeps a copy of the ExactData it built from:
// Qt's lists are implicitly shared, so the copy costs nothing, and while it is held any
// change made through a list (append, [], clear, assignment) detaches that list from the copy.
// A list no longer shared with the copy, or a changed scalar, means the data changed: every
// set is rebuilt. The one change this cannot see is a write through a reference taken into a
// list *before* the rows were built (auto& line = data.purchaseInvoices[0].lines[0]; …request…;
// line.quantity = 2); after such a write call invalidate().
class ExactRowCache {
public:
    // The rows of `set` built from `data`, rebuilt when `data` changed since the last call.
    ExactSetRows& rowsOf(const ExactEntitySet& set, const ExactData& data);
    void invalidate();

private:
    static bool sameData(const ExactData& a, const ExactData& b);

    ExactData m_builtFrom;
    bool m_valid = false;
    QHash<QString, std::shared_ptr<ExactSetRows>> m_sets; // entity set path → rows
};

} // namespace il::sandbox
