#include "connectwise/CwApiVersion.h"

#include "errors/ApiError.h"
#include "settings/Settings.h"

#include <QRegularExpression>

#include <string_view>

namespace il {

// Settings (a lower layer) carries the same default; they must never drift apart.
static_assert(std::string_view(CwApiVersion::Checked) == std::string_view(Settings::DefaultCwApiVersion));

QString CwApiVersion::problem(const QString& version) {
    // A year and a release number: 2019.1, 2025.16. Anything else ConnectWise would refuse on
    // every call (or, worse, read as another version), so it is stopped before the first one.
    static const QRegularExpression form(QStringLiteral("^20\\d\\d\\.[1-9]\\d?$"));
    if (form.match(version).hasMatch())
        return {};
    return QStringLiteral("%1 must be a ConnectWise API version like %2 (year.release), not '%3'; "
                          "leave it unset for %2")
        .arg(QLatin1String(SettingKey), QLatin1String(Checked), version);
}

QByteArray CwApiVersion::acceptHeader(const QString& version) {
    return QByteArray("application/vnd.connectwise.com+json; version=") + version.toLatin1();
}

bool CwApiVersion::isRefusal(const ApiError& error) {
    return error.status() == 400 &&
           error.serverMessage().contains(QStringLiteral("does not support the API version"), Qt::CaseInsensitive);
}

QString CwApiVersion::refusalHint(const QString& version, const QString& serverVersion) {
    const QString checked = QLatin1String(Checked);
    if (version != checked)
        return QStringLiteral("ConnectWise does not support API version %1 (%2); use %3 or leave it unset")
            .arg(version, QLatin1String(SettingKey), checked);
    // The default itself was refused: a tenant on an older release. Its own version is the one
    // to try (connectwise.md §1.3: the API version equals the PSA release).
    QString own = serverVersion;
    if (own.startsWith(u'v', Qt::CaseInsensitive))
        own.remove(0, 1);
    own = own.section(u'.', 0, 1);
    const QString suggestion = problem(own).isEmpty()
                                   ? QStringLiteral("set it to this server's release, %1").arg(own)
                                   : QStringLiteral("set it to this server's release (year.release)");
    return QStringLiteral("ConnectWise does not support API version %1 (%2, the default); %3")
        .arg(version, QLatin1String(SettingKey), suggestion);
}

} // namespace il
