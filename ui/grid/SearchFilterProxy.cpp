#include "grid/SearchFilterProxy.h"

#include "grid/GridRoles.h"

namespace il::ui {

SearchFilterProxy::SearchFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    // Rows keep their place when a push changes them; a new search or sort orders them again.
    setDynamicSortFilter(false);
    setSortRole(SortRole);
}

void SearchFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_text = text;
    m_words = words;
    invalidate(); // one layout change, not one signal per removed range (see StatusFilterProxy)
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QStringList fields =
        sourceModel()->index(sourceRow, 0, sourceParent).data(SearchTextRole).toStringList();
    for (const QString& word : m_words) {
        bool found = false;
        for (const QString& field : fields)
            if (field.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    return true;
}

} // namespace il::ui
