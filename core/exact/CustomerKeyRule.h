#pragma once

#include "domain/InvoiceLine.h"

#include <QRegularExpression>
#include <QString>

namespace il {

// Where a line's customer comes from (DESIGN §3 Linking), from exact/customer_key:
//   account     → the invoice account: key = its code trimmed (Exact pads codes), name = its name
//   costcenter, costunit → the line's field: key and name are that text
//   project     → the line's project (an Edm.Guid) looked up in project/Projects: key = its
//                 code trimmed, name = its description; a line without a project keeps an empty key
//   description → the first capture group of exact/customer_pattern over the line description;
//                 a line without a match keeps an empty key
class CustomerKeyRule {
public:
    enum class Kind { Account, CostCenter, CostUnit, Project, Description };

    // Throws UserError for an unknown rule or an invalid/missing pattern.
    static CustomerKeyRule fromSettings(const QString& rule, const QString& pattern = {});

    Kind kind() const { return m_kind; }
    bool needsAccounts() const { return m_kind == Kind::Account; }
    bool needsProjects() const { return m_kind == Kind::Project; }
    // Sets customerKey and customerName. code and name are the looked-up record's: the invoice
    // account under the account rule, the line's project under the project rule; unused otherwise.
    void apply(InvoiceLine& line, const QString& code = {}, const QString& name = {}) const;

private:
    Kind m_kind = Kind::CostCenter;
    QRegularExpression m_pattern;
};

} // namespace il
