#include "exact/ExactScope.h"

#include <QRegularExpression>

namespace il {

namespace {

struct Resource {
    const char* path;
    const char* wireScope; // as Exact's 403 names it
    const char* purpose;
    const char* key;
};

// Scopes from the reference pages (DannyvdSluijs/exact-online-api-client-dev-tools:
// meta-data.json, field `scope`); bulk/SalesInvoice/SalesInvoiceLines is inferred to share its
// scope with salesinvoice/SalesInvoiceLines.
constexpr Resource kResources[] = {
    {"system/Divisions", "organization.administration", "read divisions", "Code"},
    {"purchase/PurchaseInvoices", "purchase.invoices", "read purchase invoices", "ID"},
    {"purchase/PurchaseInvoiceLines", "purchase.invoices", "read purchase invoice lines", "ID"},
    {"salesinvoice/SalesInvoices", "sales.invoices", "read sales invoices", "InvoiceID"},
    {"bulk/SalesInvoice/SalesInvoiceLines", "sales.invoices", "read sales invoice lines", "ID"},
    {"crm/Accounts", "crm.accounts", "read accounts (customer codes and names)", "ID"},
    {"logistics/Items", "logistics.items", "read item codes", "ID"},
    {"project/Projects", "projects.projects", "read project codes", "ID"},
    {"vat/VATCodes", "financial.accounting", "read VAT codes", "ID"},
    {"purchaseentry/PurchaseEntries", "financial.accounting", "read purchase entries", "EntryID"},
    {"purchaseentry/PurchaseEntryLines", "financial.accounting", "read purchase entry lines", "ID"},
};

const Resource* find(const QString& path) {
    for (const Resource& r : kResources)
        if (path.compare(QLatin1String(r.path), Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

} // namespace

QString ExactScope::readable(const QString& wireScope) {
    QString text = wireScope.trimmed().toLower();
    text.replace(u'.', u' ').replace(u'/', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString ExactScope::appCenterName(const QString& wireScope) {
    return wireScope.trimmed().toLower().replace(u'.', u'/');
}

QString ExactScope::scopeOf(const QString& resource) {
    const Resource* r = find(resource);
    return r ? readable(QLatin1String(r->wireScope)) : QString();
}

QString ExactScope::purpose(const QString& resource) {
    const Resource* r = find(resource);
    return r ? QLatin1String(r->purpose) : QStringLiteral("read %1").arg(resource);
}

QString ExactScope::keyOf(const QString& resource) {
    const Resource* r = find(resource);
    return r ? QLatin1String(r->key) : QString();
}

QString ExactScope::violatedScope(int status, const QString& serverMessage, const QString& resource) {
    if (status != 403 || !serverMessage.contains(QStringLiteral("Application Scope Violated"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression named(QStringLiteral("'([A-Za-z]+[./][A-Za-z./]+)'"));
    const QRegularExpressionMatch m = named.match(serverMessage);
    if (m.hasMatch())
        return m.captured(1).toLower().replace(u'/', u'.');
    const Resource* r = find(resource);
    return r ? QLatin1String(r->wireScope) : QStringLiteral("unknown");
}

QString ExactScope::missingMessage(const QString& resource, const QString& wireScope, const QString& serverMessage) {
    return QStringLiteral("Exact Online: the app lacks the scope %1, needed to %2 (GET %3 answered 403: %4); "
                          "grant the app the scope %5 (Read) in the Exact App Center")
        .arg(readable(wireScope), purpose(resource), resource, serverMessage, appCenterName(wireScope));
}

} // namespace il
