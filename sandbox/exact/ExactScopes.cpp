#include "sandbox/exact/ExactScopes.h"

#include <QHash>

namespace il::sandbox {

namespace {

const QHash<QString, QString>& scopes() {
    // Keys in lower case: Exact's paths are case-insensitive.
    static const QHash<QString, QString> map{
        {QStringLiteral("system/divisions"), QStringLiteral("organization.administration")},
        {QStringLiteral("users/users"), QStringLiteral("organization.administration")},
        {QStringLiteral("users/userhasrights"), QString()},
        {QStringLiteral("purchase/purchaseinvoices"), QStringLiteral("purchase.invoices")},
        {QStringLiteral("purchase/purchaseinvoicelines"), QStringLiteral("purchase.invoices")},
        {QStringLiteral("salesinvoice/salesinvoices"), QStringLiteral("sales.invoices")},
        {QStringLiteral("salesinvoice/salesinvoicelines"), QStringLiteral("sales.invoices")},
        {QStringLiteral("bulk/salesinvoice/salesinvoicelines"), QStringLiteral("sales.invoices")},
        {QStringLiteral("crm/accounts"), QStringLiteral("crm.accounts")},
        {QStringLiteral("logistics/items"), QStringLiteral("logistics.items")},
        {QStringLiteral("project/projects"), QStringLiteral("projects.projects")},
        {QStringLiteral("vat/vatcodes"), QStringLiteral("financial.accounting")},
        {QStringLiteral("purchaseentry/purchaseentries"), QStringLiteral("financial.accounting")},
        {QStringLiteral("purchaseentry/purchaseentrylines"), QStringLiteral("financial.accounting")},
    };
    return map;
}

} // namespace

QString ExactScopes::scopeOf(const QString& resourcePath) {
    return scopes().value(resourcePath.toLower());
}

bool ExactScopes::known(const QString& resourcePath) {
    return scopes().contains(resourcePath.toLower());
}

QSet<QString> ExactScopes::everythingTheProductNeeds() {
    QSet<QString> all;
    for (const QString& scope : scopes())
        if (!scope.isEmpty())
            all.insert(scope);
    return all;
}

QString ExactScopes::violation(const QString& scope) {
    return QStringLiteral("Forbidden - Application Scope Violated. Cannot read '%1' scope.").arg(scope);
}

} // namespace il::sandbox
