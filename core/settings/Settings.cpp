#include "settings/Settings.h"

#include "log/LogCategories.h"
#include "errors/UserError.h"
#include "net/SecureAddress.h"
#include "settings/PrivateFiles.h"
#include "settings/SettingsRegistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <limits>

namespace il {


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

const QList<SettingKey>& Settings::keys() { return SettingsRegistry::all(); }

const SettingKey* Settings::find(const QString& key) { return SettingsRegistry::find(key); }

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
    const QString v = value(Setting::CwComparePriceTo);
    if (!v.isEmpty())
        return v;
    return priceFieldName(invoiceSource() == InvoiceSourceKind::Sales ? PriceField::UnitPrice : PriceField::UnitCost);
}

QString Settings::databaseUrl() const {
    const QString v = value(Setting::DatabaseUrl);
    if (!v.isEmpty())
        return v;
    return QStringLiteral("sqlite://") +
           QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/InvoiceLink/invoicelink.sqlite");
}

QString Settings::toleranceProblem(Setting key) const {
    const QString text = value(key).trimmed();
    if (text.isEmpty())
        return {}; // not set: the key's default
    const std::optional<Decimal> d = Decimal::parse(text);
    if (!d || d->isNegative())
        return QStringLiteral("%1 '%2' is not a number of 0 or more (write it with a point, e.g. 0.01)")
            .arg(SettingsRegistry::name(key), text);
    return {};
}

Decimal Settings::tolerance(Setting key) const {
    if (const QString problem = toleranceProblem(key); !problem.isEmpty())
        throw UserError(problem);
    const QString text = value(key).trimmed();
    return Decimal::parse(text.isEmpty() ? QString::fromUtf8(SettingsRegistry::of(key).defaultValue) : text)
        .value_or(Decimal());
}

Decimal Settings::priceTolerance() const {
    return tolerance(Setting::TolerancePrice);
}

Decimal Settings::quantityTolerance() const {
    return tolerance(Setting::ToleranceQuantity);
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
    const QString text = value(Setting::ExactDivision).trimmed();
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
    const int seconds = value(Setting::CwTimeoutSeconds).trimmed().toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 1 && seconds <= 600 ? seconds : 30);
}

QString Settings::cwApiVersion() const {
    const QString v = value(Setting::CwApiVersion).trimmed();
    return v.isEmpty() ? QString::fromLatin1(DefaultCwApiVersion) : v;
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
            // Translated for the window (which names the field instead of the key).
            problems << QCoreApplication::translate("il::Settings", "%1 is not set").arg(QLatin1String(key));
    };
    need("exact/base_url");
    need("exact/division");
    need("exact/client_id");
    need("connectwise/site");
    need("connectwise/company");
    const QString source = exactSource();
    if (!invoiceSourceFromName(source))
        problems << QStringLiteral("exact/source must be purchase, sales or entries, not '%1'").arg(source);
    static const QStringList rules = {"account", "costcenter", "costunit", "project", "description"};
    if (!rules.contains(customerKeyRule()))
        problems << QStringLiteral("exact/customer_key must be one of %1").arg(rules.join(u'|'));
    if (customerKeyRule() == QLatin1String("description") && customerPattern().isEmpty())
        problems << QStringLiteral("exact/customer_pattern is needed with customer_key=description");
    {
        bool ok = false;
        const int t = value(Setting::CwTimeoutSeconds).trimmed().toInt(&ok);
        if (!ok || t < 1 || t > 600)
            problems << QStringLiteral("connectwise/timeout_seconds must be a whole number from 1 to 600");
    }
    const QString cmp = comparePriceTo();
    if (!priceFieldFromName(cmp))
        problems << QStringLiteral("connectwise/compare_price_to must be unitCost or unitPrice");
    for (const Setting key : {Setting::TolerancePrice, Setting::ToleranceQuantity})
        if (const QString problem = toleranceProblem(key); !problem.isEmpty())
            problems << problem;
    // Set but unusable is not "not set": each says what is wrong with the value.
    if (const QString p = divisionProblem(value(Setting::ExactDivision)); !p.isEmpty())
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
