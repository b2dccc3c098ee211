#include "settings/Settings.h"

#include "connectwise/CwApiVersion.h"
#include "exact/ItemKeyRule.h"
#include "log/LogCategories.h"
#include "net/ApiError.h"
#include "net/SecureAddress.h"
#include "settings/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <limits>

namespace il {

namespace {
const QList<SettingKey> kKeys = {
    {"exact/base_url", "https://start.exactonline.nl", "Exact Online host of your region, or a custom URL"},
    {"exact/division", "", "Exact Online division (administration) code"},
    {"exact/client_id", "", "Client ID of your Exact App Center registration"},
    {"exact/redirect_uri", "", "Redirect URI registered for that app (HTTPS, or http://127.0.0.1:PORT/... for the loopback flow)"},
    {"exact/source", "purchase", "Invoice source: purchase (purchase invoices), sales, or entries (purchase entries: needs item_key=description)"},
    {"exact/customer_key", "costcenter", "Customer rule: account, costcenter, costunit, project or description"},
    {"exact/customer_pattern", "", "With customer_key=description: regular expression whose first group is the customer"},
    {"exact/item_key", "item", "Item rule: item (the line's Exact item) or description (item_pattern over the line description; needed with source=entries)"},
    {"exact/item_pattern", "", "With item_key=description: regular expression whose first group is the item code"},
    {"connectwise/site", "https://api-eu.myconnectwise.net", "ConnectWise API host (api-na/api-eu/api-au..., or your own)"},
    {"connectwise/company", "", "ConnectWise company id used at login"},
    {"connectwise/timeout_seconds", "30", "How long to wait for one ConnectWise answer before treating it as lost (1-600)"},
    {"connectwise/api_version", CwApiVersion::Checked, "ConnectWise API version sent in Accept (year.release, e.g. 2025.1; default: the newest version InvoiceLink was checked against)"},
    {"connectwise/compare_price_to", "", "unitCost or unitPrice (default: unitCost for purchase, unitPrice for sales)"},
    {"database/url", "", "sqlite:///absolute/path or postgresql://user@host:port/db (default: SQLite in the data folder)"},
    {"tolerance/price", "0.01", "A price difference up to this is no deviation"},
    {"tolerance/quantity", "0", "A quantity difference up to this is no deviation"},
};
} // namespace

Settings::Settings(const QString& path)
    : m_settings(std::make_unique<QSettings>(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat)) {
    qCInfo(lcSettings).noquote() << QStringLiteral("settings from %1%2")
                                        .arg(m_settings->fileName(),
                                             QFileInfo::exists(m_settings->fileName())
                                                 ? QString()
                                                 : QStringLiteral(" (no such file yet)"));
}

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

void Settings::setValue(const QString& key, const QString& value) {
    prepareFile();
    m_settings->setValue(key, value);
}

bool Settings::contains(const QString& key) const { return m_settings->contains(key); }

void Settings::sync() {
    prepareFile();
    m_settings->sync();
}

void Settings::prepareFile() const {
    // QSettings writes through QSaveFile, which keeps the mode of an existing file: create the
    // folder (0700) and the file (0600) first, so the config is never readable by others.
    const QString file = path();
    if (QFileInfo::exists(file))
        return;
    PrivateFiles::makeFolder(QFileInfo(file).absolutePath());
    PrivateFiles::createFile(file);
}

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

QString Settings::toleranceProblem(const char* key) const {
    const QString text = value(QLatin1String(key)).trimmed();
    if (text.isEmpty())
        return {}; // not set: the key's default
    const std::optional<Decimal> d = Decimal::parse(text);
    if (!d || d->isNegative())
        return QStringLiteral("%1 '%2' is not a number of 0 or more (write it with a point, e.g. 0.01)")
            .arg(QLatin1String(key), text);
    return {};
}

Decimal Settings::tolerance(const char* key) const {
    if (const QString problem = toleranceProblem(key); !problem.isEmpty())
        throw UserError(problem);
    const QString text = value(QLatin1String(key)).trimmed();
    return Decimal::parse(text.isEmpty() ? QString::fromUtf8(find(QLatin1String(key))->defaultValue) : text)
        .value_or(Decimal());
}

Decimal Settings::priceTolerance() const {
    return tolerance("tolerance/price");
}

Decimal Settings::quantityTolerance() const {
    return tolerance("tolerance/quantity");
}

QString Settings::divisionProblem(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    bool fits = false;
    const int code = t.toInt(&fits);
    if (!digits.match(t).hasMatch())
        return QStringLiteral("exact/division '%1' is not a division code: write the administration's "
                              "number, e.g. 123456")
            .arg(t);
    // Exact's division codes are Int32 (api/exact-online.md §2.1).
    if (!fits || code <= 0)
        return QStringLiteral("exact/division '%1' is not a division code: a positive whole number up to %2")
            .arg(t)
            .arg(std::numeric_limits<qint32>::max());
    return {};
}

int Settings::exactDivision() const {
    const QString text = value(QStringLiteral("exact/division")).trimmed();
    if (const QString problem = divisionProblem(text); !problem.isEmpty())
        throw UserError(problem);
    return text.isEmpty() ? 0 : text.toInt();
}

QString Settings::siteAddress(const QString& site) {
    const QString s = site.trimmed();
    return s.isEmpty() || s.contains(QStringLiteral("://")) ? s : QStringLiteral("https://") + s;
}

std::chrono::seconds Settings::cwTimeout() const {
    bool ok = false;
    const int seconds = value(QStringLiteral("connectwise/timeout_seconds")).trimmed().toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 1 && seconds <= 600 ? seconds : 30);
}

QString Settings::cwApiVersion() const {
    const QString v = value(QStringLiteral("connectwise/api_version")).trimmed();
    return v.isEmpty() ? QString::fromLatin1(CwApiVersion::Checked) : v;
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
    static const QStringList sources = {"purchase", "sales", "entries"};
    if (!sources.contains(source))
        problems << QStringLiteral("exact/source must be purchase, sales or entries, not '%1'").arg(source);
    if (const QString p = ItemKeyRule::problem(itemKeyRule(), itemPattern()); !p.isEmpty())
        problems << p;
    else if (source == QLatin1String("entries") && !ItemKeyRule::fromSettings(itemKeyRule(), itemPattern()).fromDescription())
        problems << ItemKeyRule::entriesProblem();
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
    if (const QString p = CwApiVersion::problem(cwApiVersion()); !p.isEmpty())
        problems << p;
    const QString cmp = comparePriceTo();
    if (cmp != QLatin1String("unitCost") && cmp != QLatin1String("unitPrice"))
        problems << QStringLiteral("connectwise/compare_price_to must be unitCost or unitPrice");
    for (const char* key : {"tolerance/price", "tolerance/quantity"})
        if (const QString problem = toleranceProblem(key); !problem.isEmpty())
            problems << problem;
    // Set but unusable is not "not set": each says what is wrong with the value.
    if (const QString p = divisionProblem(value(QStringLiteral("exact/division"))); !p.isEmpty())
        problems << p;
    if (const QString p = SecureAddress::problem(QStringLiteral("exact/base_url"), exactBaseUrl());
        !p.isEmpty())
        problems << p;
    if (const QString p = SecureAddress::problem(QStringLiteral("connectwise/site"), siteAddress(cwSite()));
        !p.isEmpty())
        problems << p;
    // The redirect URI's own rules (https, or http://127.0.0.1:PORT) are the sign-in's to check.
    if (const QString uri = exactRedirectUri().trimmed();
        !uri.isEmpty() && QUrl(uri, QUrl::StrictMode).host().isEmpty())
        problems << QStringLiteral("exact/redirect_uri '%1' is not a valid address").arg(uri);
    return problems;
}

} // namespace il
