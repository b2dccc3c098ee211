#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace il {

namespace {
const QList<SettingKey> kKeys = {
    {"exact/base_url", "https://start.exactonline.nl", "Exact Online host of your region, or a custom URL"},
    {"exact/division", "", "Exact Online division (administration) code"},
    {"exact/client_id", "", "Client ID of your Exact App Center registration"},
    {"exact/redirect_uri", "", "Redirect URI registered for that app (HTTPS, or http://127.0.0.1:PORT/... for the loopback flow)"},
    {"exact/source", "purchase", "Invoice source: purchase or sales"},
    {"exact/customer_key", "costcenter", "Customer rule: account, costcenter, costunit, project or description"},
    {"exact/customer_pattern", "", "With customer_key=description: regular expression whose first group is the customer"},
    {"connectwise/site", "https://api-eu.myconnectwise.net", "ConnectWise API host (api-na/api-eu/api-au..., or your own)"},
    {"connectwise/company", "", "ConnectWise company id used at login"},
    {"connectwise/timeout_seconds", "30", "How long to wait for one ConnectWise answer before treating it as lost (1-600)"},
    {"connectwise/compare_price_to", "", "unitCost or unitPrice (default: unitCost for purchase, unitPrice for sales)"},
    {"database/url", "", "sqlite:///absolute/path or postgresql://user@host:port/db (default: SQLite in the data folder)"},
    {"tolerance/price", "0.01", "A price difference up to this is no deviation"},
    {"tolerance/quantity", "0", "A quantity difference up to this is no deviation"},
};
} // namespace

Settings::Settings(const QString& path)
    : m_settings(std::make_unique<QSettings>(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/InvoiceLink/invoicelink.ini");
}

const QList<SettingKey>& Settings::keys() { return kKeys; }

const SettingKey* Settings::find(const QString& key) {
    for (const auto& k : kKeys)
        if (key == QLatin1String(k.key))
            return &k;
    return nullptr;
}

QString Settings::path() const { return m_settings->fileName(); }

QString Settings::value(const QString& key) const {
    const SettingKey* k = find(key);
    const QString def = k ? QString::fromUtf8(k->defaultValue) : QString();
    const QVariant v = m_settings->value(key);
    if (!v.isValid())
        return def;
    // QSettings hands back a list for an unquoted value with commas.
    if (v.metaType().id() == QMetaType::QStringList)
        return v.toStringList().join(u',');
    return v.toString();
}

void Settings::setValue(const QString& key, const QString& value) { m_settings->setValue(key, value); }

bool Settings::contains(const QString& key) const { return m_settings->contains(key); }

void Settings::sync() { m_settings->sync(); }

QString Settings::status() const {
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QStringLiteral("cannot write %1").arg(path());
    case QSettings::FormatError:
        return QStringLiteral("%1 is not a valid INI file").arg(path());
    }
    return {};
}

QString Settings::comparePriceTo() const {
    const QString v = value(QStringLiteral("connectwise/compare_price_to"));
    if (!v.isEmpty())
        return v;
    return exactSource() == QLatin1String("sales") ? QStringLiteral("unitPrice") : QStringLiteral("unitCost");
}

QString Settings::databaseUrl() const {
    const QString v = value(QStringLiteral("database/url"));
    if (!v.isEmpty())
        return v;
    return QStringLiteral("sqlite://") +
           QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/InvoiceLink/invoicelink.sqlite");
}

Decimal Settings::priceTolerance() const {
    return Decimal::parse(value(QStringLiteral("tolerance/price"))).value_or(Decimal::fromString(u"0.01"));
}

Decimal Settings::quantityTolerance() const {
    return Decimal::parse(value(QStringLiteral("tolerance/quantity"))).value_or(Decimal());
}

std::chrono::seconds Settings::cwTimeout() const {
    bool ok = false;
    const int seconds = value(QStringLiteral("connectwise/timeout_seconds")).trimmed().toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 1 && seconds <= 600 ? seconds : 30);
}

QString Settings::connectionName() const {
    const QByteArray abs = QFileInfo(path()).absoluteFilePath().toUtf8();
    return QStringLiteral("config-") +
           QString::fromLatin1(QCryptographicHash::hash(abs, QCryptographicHash::Sha256).toHex().left(12));
}

QStringList Settings::validate() const {
    QStringList problems;
    auto need = [&](const char* key) {
        if (value(QLatin1String(key)).trimmed().isEmpty())
            problems << QStringLiteral("%1 is not set").arg(QLatin1String(key));
    };
    need("exact/base_url");
    need("exact/division");
    need("exact/client_id");
    need("connectwise/site");
    need("connectwise/company");
    const QString source = exactSource();
    if (source != QLatin1String("purchase") && source != QLatin1String("sales"))
        problems << QStringLiteral("exact/source must be purchase or sales, not '%1'").arg(source);
    static const QStringList rules = {"account", "costcenter", "costunit", "project", "description"};
    if (!rules.contains(customerKeyRule()))
        problems << QStringLiteral("exact/customer_key must be one of %1").arg(rules.join(u'|'));
    if (customerKeyRule() == QLatin1String("description") && customerPattern().isEmpty())
        problems << QStringLiteral("exact/customer_pattern is needed with customer_key=description");
    {
        bool ok = false;
        const int t = value(QStringLiteral("connectwise/timeout_seconds")).trimmed().toInt(&ok);
        if (!ok || t < 1 || t > 600)
            problems << QStringLiteral("connectwise/timeout_seconds must be a whole number from 1 to 600");
    }
    const QString cmp = comparePriceTo();
    if (cmp != QLatin1String("unitCost") && cmp != QLatin1String("unitPrice"))
        problems << QStringLiteral("connectwise/compare_price_to must be unitCost or unitPrice");
    if (!priceTolerance().isNegative() && !Decimal::parse(value(QStringLiteral("tolerance/price"))))
        problems << QStringLiteral("tolerance/price is not a number");
    return problems;
}

} // namespace il
