#pragma once

#include <QSortFilterProxyModel>

namespace il::ui {

// Keeps the rows whose customer, item or description contain the search text (any case; every
// word must occur). Reads SearchTextRole. Also the grid's sorter: it sorts by SortRole, so
// amounts sort as numbers.
class SearchFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SearchFilterProxy(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace il::ui
