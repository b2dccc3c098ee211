#pragma once

#include "domain/InvoiceLine.h"

#include <QRegularExpression>
#include <QString>

namespace il {

// Where a line's customer comes from (DESIGN §3 Linking), from exact/customer_key:
//   account     → the invoice account: key = its code trimmed (Exact pads codes), name = its name
//   costcenter, costunit, project → the line's field: key and name are that text
//   description → the first capture group of exact/customer_pattern over the line description;
//                 a line without a match keeps an empty key
class CustomerKeyRule {
public:
    enum class Kind { Account, CostCenter, CostUnit, Project, Description };

    // Throws UserError for an unknown rule or an invalid/missing pattern.
    static CustomerKeyRule fromSettings(const QString& rule, const QString& pattern = {});

    Kind kind() const { return m_kind; }
    bool needsAccounts() const { return m_kind == Kind::Account; }
    // Sets customerKey and customerName; the account values are used by the account rule only.
    void apply(InvoiceLine& line, const QString& accountCode = {}, const QString& accountName = {}) const;

private:
    Kind m_kind = Kind::CostCenter;
    QRegularExpression m_pattern;
};

} // namespace il
