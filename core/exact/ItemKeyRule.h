#pragma once

#include "domain/InvoiceLine.h"

#include <QRegularExpression>
#include <QString>

namespace il {

// Where a line's item code comes from (issue 8 point 4), from exact/item_key:
//   item        → the line's Item (logistics/Items Code, or the sales line's ItemCode): the
//                 invoice sources' way. Exact's purchase entry lines have no Item field at all
//                 (picqer PurchaseEntryLine.php), so source=entries refuses this rule.
//   description → the first capture group of exact/item_pattern over the line description,
//                 trimmed; a line without a match keeps an empty item code (it stays unlinked).
class ItemKeyRule {
public:
    enum class Kind { Item, Description };

    // Throws UserError for an unknown rule or an invalid/missing pattern, naming the setting.
    static ItemKeyRule fromSettings(const QString& rule, const QString& pattern = {});
    // Why the setting pair is unusable, naming exact/item_key or exact/item_pattern; empty when fine.
    static QString problem(const QString& rule, const QString& pattern);
    // Why item_key=item cannot work with source=entries, naming the settings.
    static QString entriesProblem();

    Kind kind() const { return m_kind; }
    bool fromDescription() const { return m_kind == Kind::Description; }
    // Under the description rule: sets itemCode from the description (empty without a match).
    // Under the item rule: leaves the line as its source read it.
    void apply(InvoiceLine& line) const;

private:
    Kind m_kind = Kind::Item;
    QRegularExpression m_pattern;
};

} // namespace il
