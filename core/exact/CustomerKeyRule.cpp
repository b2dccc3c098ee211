#include "exact/CustomerKeyRule.h"

#include "errors/UserError.h"

namespace il {

CustomerKeyRule CustomerKeyRule::fromSettings(const QString& rule, const QString& pattern) {
    CustomerKeyRule r;
    const QString name = rule.trimmed().toLower();
    if (name == u"account")
        r.m_kind = Kind::Account;
    else if (name == u"costcenter" || name.isEmpty())
        r.m_kind = Kind::CostCenter;
    else if (name == u"costunit")
        r.m_kind = Kind::CostUnit;
    else if (name == u"project")
        r.m_kind = Kind::Project;
    else if (name == u"description")
        r.m_kind = Kind::Description;
    else
        throw UserError(QStringLiteral("exact/customer_key must be account, costcenter, costunit, project or "
                                       "description, not '%1'")
                            .arg(rule));
    if (r.m_kind == Kind::Description) {
        r.m_pattern = QRegularExpression(pattern);
        if (pattern.isEmpty() || !r.m_pattern.isValid())
            throw UserError(QStringLiteral("exact/customer_pattern '%1' is not a valid regular expression%2")
                                .arg(pattern, r.m_pattern.isValid()
                                                  ? QString()
                                                  : QStringLiteral(": ") + r.m_pattern.errorString()));
        if (r.m_pattern.captureCount() < 1)
            throw UserError(
                QStringLiteral("exact/customer_pattern '%1' needs a capture group for the customer")
                    .arg(pattern));
    }
    return r;
}

void CustomerKeyRule::apply(InvoiceLine& line, const QString& code, const QString& lookedUpName) const {
    QString key;
    QString name;
    switch (m_kind) {
    case Kind::Account:
    case Kind::Project:
        key = code.trimmed();
        name = lookedUpName.trimmed();
        break;
    case Kind::CostCenter:
        key = name = line.costCenter.trimmed();
        break;
    case Kind::CostUnit:
        key = name = line.costUnit.trimmed();
        break;
    case Kind::Description: {
        const auto m = m_pattern.match(line.description);
        if (m.hasMatch())
            key = name = m.captured(1).trimmed();
        break;
    }
    }
    line.customerKey = key;
    line.customerName = name;
}

} // namespace il
