#include "settings/SettingsRegistry.h"

#include "settings/Settings.h"

namespace il {

namespace {
// In the order of Setting; of() indexes by it (checked below).
const QList<SettingKey> kKeys = {
    {Setting::ExactBaseUrl, "exact/base_url", "https://start.exactonline.nl", "Exact Online host of your region, or a custom URL"},
    {Setting::ExactDivision, "exact/division", "", "Exact Online division (administration) code"},
    {Setting::ExactClientId, "exact/client_id", "", "Client ID of your Exact App Center registration"},
    {Setting::ExactRedirectUri, "exact/redirect_uri", "", "Redirect URI registered for that app (HTTPS, or http://127.0.0.1:PORT/... for the loopback flow)"},
    {Setting::ExactSource, "exact/source", "purchase", "Invoice source: purchase (purchase invoices), sales, or entries (purchase entries: needs item_key=description)"},
    {Setting::ExactCustomerKey, "exact/customer_key", "costcenter", "Customer rule: account, costcenter, costunit, project or description"},
    {Setting::ExactCustomerPattern, "exact/customer_pattern", "", "With customer_key=description: regular expression whose first group is the customer"},
    {Setting::ExactItemKey, "exact/item_key", "item", "Item rule: item (the line's Exact item) or description (item_pattern over the line description; needed with source=entries)"},
    {Setting::ExactItemPattern, "exact/item_pattern", "", "With item_key=description: regular expression whose first group is the item code"},
    {Setting::CwSite, "connectwise/site", "https://api-eu.myconnectwise.net", "ConnectWise API host (api-na/api-eu/api-au..., or your own)"},
    {Setting::CwCompany, "connectwise/company", "", "ConnectWise company id used at login"},
    {Setting::CwTimeoutSeconds, "connectwise/timeout_seconds", "30", "How long to wait for one ConnectWise answer before treating it as lost (1-600)"},
    {Setting::CwApiVersion, "connectwise/api_version", Settings::DefaultCwApiVersion, "ConnectWise API version sent in Accept (year.release, e.g. 2025.1; default: the newest version InvoiceLink was checked against)"},
    {Setting::CwComparePriceTo, "connectwise/compare_price_to", "", "unitCost or unitPrice (default: unitCost for purchase, unitPrice for sales)"},
    {Setting::DatabaseUrl, "database/url", "", "sqlite:///absolute/path or postgresql://user@host:port/db (default: SQLite in the data folder)"},
    {Setting::TolerancePrice, "tolerance/price", "0.01", "A price difference up to this is no deviation"},
    {Setting::ToleranceQuantity, "tolerance/quantity", "0", "A quantity difference up to this is no deviation"},
    {Setting::ExportCsvFormat, "export/csv_format", "", "CSV exports: comma (comma and decimal point) or semicolon (semicolon and decimal comma); empty: the desktop follows its language, the command line writes comma"},
};
} // namespace

const QList<SettingKey>& SettingsRegistry::all() { return kKeys; }

const SettingKey& SettingsRegistry::of(Setting id) {
    const SettingKey& k = kKeys[static_cast<qsizetype>(id)];
    Q_ASSERT(k.id == id);
    return k;
}

const SettingKey* SettingsRegistry::find(const QString& key) {
    for (const SettingKey& k : kKeys)
        if (key == QLatin1String(k.key))
            return &k;
    return nullptr;
}

QString SettingsRegistry::name(Setting id) { return QString::fromLatin1(of(id).key); }

} // namespace il
