#pragma once

#include <QSet>
#include <QString>

namespace il::sandbox {

// The App-Center scope each resource of the fake belongs to, as Exact's reference pages list it
// (api/exact-online.md §1.9; DannyvdSluijs/exact-online-api-client-dev-tools:meta-data.json,
// field `scope`). Scopes are kept in the form Exact's 403 names them: the reference name in lower
// case with a dot, "Organization administration" → "organization.administration".
// Since 2024 an app reaches only the resources of the scopes it was granted; any other answers
// 403 "Forbidden - Application Scope Violated. Cannot read '<scope>' scope."
class ExactScopes {
public:
    // The scope of a resource path after /api/v1/{division}/ ("purchase/PurchaseInvoices"), or
    // an empty string for one that needs none (current/Me, users/UserHasRights). Inferred:
    // bulk/SalesInvoice/SalesInvoiceLines shares "Sales invoices" with salesinvoice/…; the
    // reference lists no scope for users/UserHasRights, a rights check Exact keeps outside its
    // commercial model, so the fake asks none for it.
    static QString scopeOf(const QString& resourcePath);
    // True when the path is one the map knows (every entity set the fake serves must be).
    static bool known(const QString& resourcePath);
    // Every scope the product's reads need: the default grant of the sandbox's app.
    static QSet<QString> everythingTheProductNeeds();
    // The 403 text: "Forbidden - Application Scope Violated. Cannot read 'x.y' scope."
    static QString violation(const QString& scope);
};

} // namespace il::sandbox
