#include "net/SecureAddress.h"

#include <QHostAddress>

namespace il {

bool SecureAddress::isLoopbackHost(const QString& host) {
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == QLatin1String("localhost"))
        return true;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    // Only a literal address counts: a name other than localhost could resolve anywhere.
    return address.setAddress(h) && address.isLoopback();
}

bool SecureAddress::allowed(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

QString SecureAddress::origin(const QUrl& url) {
    return url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QString SecureAddress::insecureMessage(const QString& setting, const QUrl& url) {
    const QString subject = setting.isEmpty() ? QStringLiteral("the address") : setting;
    return QStringLiteral("%1 %2 must use https; http is allowed only for loopback addresses (127.0.0.1, "
                          "::1, localhost)")
        .arg(subject, origin(url));
}

QString SecureAddress::problem(const QString& setting, const QUrl& url) {
    if (allowed(url))
        return {};
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QStringLiteral("%1 '%2' is not a valid address: write it as https://host")
            .arg(setting.isEmpty() ? QStringLiteral("the address") : setting,
                 url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    return insecureMessage(setting, url);
}

QString SecureAddress::problem(const QString& setting, const QString& value) {
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("%1 '%2' is not a valid address: write it as https://host").arg(setting, text);
    return problem(setting, url);
}

} // namespace il
