#pragma once

#include "domain/InvoiceSourceKind.h"
#include "domain/PriceField.h"
#include "money/Decimal.h"
#include "settings/Setting.h"
#include "settings/SettingsRegistry.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <memory>

class QSettings;

namespace il {

// The typed settings registry over a QSettings INI file. Holds nothing secret: secrets go to a
// SecretStore. Key names are a contract (issue 2 point 7); extend, never rename.
class Settings {
public:
    // The default of connectwise/api_version: the model version the ConnectWise client was
    // checked against (CwApiVersion::Checked, which asserts that the two agree).
    static constexpr const char* DefaultCwApiVersion = "2025.1";

    // The user's config file (~/.config/InvoiceLink/invoicelink.ini) when path is empty.
    explicit Settings(const QString& path = {});
    ~Settings();

    static QString defaultPath();
    static const QList<SettingKey>& keys();
    static const SettingKey* find(const QString& key);

    QString path() const;
    QString value(const QString& key) const; // the stored value or the key's default
    QString value(Setting key) const { return value(SettingsRegistry::name(key)); }
    // Writing creates the config file readable by the user only (0600, folder 0700).
    void setValue(const QString& key, const QString& value);
    void setValue(Setting key, const QString& text) { setValue(SettingsRegistry::name(key), text); }
    bool contains(const QString& key) const;
    bool contains(Setting key) const { return contains(SettingsRegistry::name(key)); }
    void sync();
    // Fails with the reason when the file cannot be written.
    QString status() const;

    // [exact]
    QString exactBaseUrl() const { return value(Setting::ExactBaseUrl); }
    // Exact's division code (a positive Int32); 0 when not set. Throws UserError naming the
    // setting and the value for anything else ("abc", "99999999999"): a typo must never fall
    // back to another administration.
    int exactDivision() const;
    QString exactClientId() const { return value(Setting::ExactClientId); }
    QString exactRedirectUri() const { return value(Setting::ExactRedirectUri); }
    QString exactSource() const { return value(Setting::ExactSource); } // purchase|sales|entries
    // exact/source typed; nullopt for a value validate() refuses.
    std::optional<InvoiceSourceKind> invoiceSource() const { return invoiceSourceFromName(exactSource()); }
    QString customerKeyRule() const { return value(Setting::ExactCustomerKey); }
    QString customerPattern() const { return value(Setting::ExactCustomerPattern); }
    // item|description: where a line's item code comes from (description: exact/item_pattern).
    QString itemKeyRule() const { return value(Setting::ExactItemKey); }
    QString itemPattern() const { return value(Setting::ExactItemPattern); }
    // [connectwise]
    QString cwSite() const { return value(Setting::CwSite); }
    QString cwCompany() const { return value(Setting::CwCompany); }
    // The model version sent in Accept (YYYY.N); the version the client was checked against
    // when not set or written empty ("api_version=").
    QString cwApiVersion() const;
    // How long one ConnectWise answer may take before it counts as lost (then a write is read
    // back, never sent again).
    std::chrono::seconds cwTimeout() const;
    // unitCost for the purchase source, unitPrice for sales, unless set.
    QString comparePriceTo() const;
    // comparePriceTo() typed; unitCost for a value validate() refuses.
    PriceField comparedPriceField() const { return priceFieldFromName(comparePriceTo()).value_or(PriceField::UnitCost); }
    // [database]
    QString databaseUrl() const;
    // [tolerance] Throw UserError naming the setting for text or a negative number (never read
    // as 0); the key's default when not set.
    Decimal priceTolerance() const;
    Decimal quantityTolerance() const;

    // A short connection name for keychain namespacing: stable per config file.
    QString connectionName() const;

    // Problems of the settings' own form that stop a run, in words ("exact/client_id is not
    // set"); empty when fine. The rules that belong to one system (exact/item_key, the
    // ConnectWise model version) are added by ConfigCheck (core/engine), above both clients.
    QStringList validate() const;

    // Why `text` is no division code, naming exact/division and the value; empty when it is one
    // or is empty (not set).
    static QString divisionProblem(const QString& text);
    // The ConnectWise site as CwSession uses it: https:// when no scheme is written.
    static QString siteAddress(const QString& site);

private:
    void prepareFile() const;
    Decimal tolerance(Setting key) const;
    QString toleranceProblem(Setting key) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace il
