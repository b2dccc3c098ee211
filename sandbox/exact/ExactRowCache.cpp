#include "sandbox/exact/ExactRowCache.h"

namespace il::sandbox {

bool ExactRowCache::sameData(const ExactData& a, const ExactData& b) {
    // Lists by identity (a change detaches them from the copy, see the header), the rest by value.
    return a.accounts.isSharedWith(b.accounts) && a.items.isSharedWith(b.items) &&
           a.projects.isSharedWith(b.projects) && a.vatCodes.isSharedWith(b.vatCodes) &&
           a.purchaseInvoices.isSharedWith(b.purchaseInvoices) &&
           a.salesInvoices.isSharedWith(b.salesInvoices) &&
           a.purchaseEntries.isSharedWith(b.purchaseEntries) && a.division == b.division &&
           a.divisionName == b.divisionName && a.otherDivisions == b.otherDivisions &&
           a.currentDivision == b.currentDivision && a.userId == b.userId &&
           a.userFullName == b.userFullName && a.userEmail == b.userEmail && a.currency == b.currency;
}

void ExactRowCache::invalidate() {
    m_valid = false;
    m_sets.clear();
    m_builtFrom = ExactData();
}

ExactSetRows& ExactRowCache::rowsOf(const ExactEntitySet& set, const ExactData& data) {
    if (!m_valid || !sameData(m_builtFrom, data)) {
        m_sets.clear();
        m_builtFrom = data;
        m_valid = true;
    }
    std::shared_ptr<ExactSetRows>& rows = m_sets[set.path];
    if (!rows)
        rows = std::make_shared<ExactSetRows>(set, set.rows(data));
    return *rows;
}

} // namespace il::sandbox
