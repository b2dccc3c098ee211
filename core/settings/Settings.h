#pragma once

#include "money/Decimal.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <memory>

class QSettings;

namespace il {

// One settings key of the contract: its INI group/name, its default and what it means.
struct SettingKey {
    const char* key; // "exact/base_url"
    const char* defaultValue;
    const char* help;
};

// The typed settings registry over a QSettings INI file. Holds nothing secret: secrets go to a
// SecretStore. Key names are a contract (issue 2 point 7); extend, never rename.
class Settings {
public:
    // The user's config file (~/.config/InvoiceLink/invoicelink.ini) when path is empty.
    explicit Settings(const QString& path = {});
    ~Settings();

    static QString defaultPath();
    static const QList<SettingKey>& keys();
    static const SettingKey* find(const QString& key);

    QString path() const;
    QString value(const QString& key) const; // the stored value or the key's default
    // Writing creates the config file readable by the user only (0600, folder 0700).
    void setValue(const QString& key, const QString& value);
    bool contains(const QString& key) const;
    void sync();
    // Fails with the reason when the file cannot be written.
    QString status() const;

    // [exact]
    QString exactBaseUrl() const { return value(QStringLiteral("exact/base_url")); }
    // Exact's division code (a positive Int32); 0 when not set. Throws UserError naming the
    // setting and the value for anything else ("abc", "99999999999"): a typo must never fall
    // back to another administration.
    int exactDivision() const;
    QString exactClientId() const { return value(QStringLiteral("exact/client_id")); }
    QString exactRedirectUri() const { return value(QStringLiteral("exact/redirect_uri")); }
    QString exactSource() const { return value(QStringLiteral("exact/source")); } // purchase|sales|entries
    QString customerKeyRule() const { return value(QStringLiteral("exact/customer_key")); }
    QString customerPattern() const { return value(QStringLiteral("exact/customer_pattern")); }
    // item|description: where a line's item code comes from (description: exact/item_pattern).
    QString itemKeyRule() const { return value(QStringLiteral("exact/item_key")); }
    QString itemPattern() const { return value(QStringLiteral("exact/item_pattern")); }
    // [connectwise]
    QString cwSite() const { return value(QStringLiteral("connectwise/site")); }
    QString cwCompany() const { return value(QStringLiteral("connectwise/company")); }
    // The model version sent in Accept (YYYY.N); the version the client was checked against
    // when not set or written empty ("api_version=").
    QString cwApiVersion() const;
    // How long one ConnectWise answer may take before it counts as lost (then a write is read
    // back, never sent again).
    std::chrono::seconds cwTimeout() const;
    // unitCost for the purchase source, unitPrice for sales, unless set.
    QString comparePriceTo() const;
    // [database]
    QString databaseUrl() const;
    // [tolerance] Throw UserError naming the setting for text or a negative number (never read
    // as 0); the key's default when not set.
    Decimal priceTolerance() const;
    Decimal quantityTolerance() const;

    // A short connection name for keychain namespacing: stable per config file.
    QString connectionName() const;

    // Problems that stop a run, in words ("exact/client_id is not set"); empty when fine.
    QStringList validate() const;

    // Why `text` is no division code, naming exact/division and the value; empty when it is one
    // or is empty (not set).
    static QString divisionProblem(const QString& text);
    // The ConnectWise site as CwSession uses it: https:// when no scheme is written.
    static QString siteAddress(const QString& site);

private:
    void prepareFile() const;
    Decimal tolerance(const char* key) const;
    QString toleranceProblem(const char* key) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace il
