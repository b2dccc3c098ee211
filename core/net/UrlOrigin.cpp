#include "net/UrlOrigin.h"

namespace il {

int UrlOrigin::defaultPort(const QString& scheme) {
    if (scheme.compare(u"https", Qt::CaseInsensitive) == 0)
        return 443;
    if (scheme.compare(u"http", Qt::CaseInsensitive) == 0)
        return 80;
    return -1;
}

bool UrlOrigin::same(const QUrl& a, const QUrl& b) {
    if (!a.isValid() || !b.isValid() || a.isRelative() || b.isRelative() || a.host().isEmpty())
        return false;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

QString UrlOrigin::of(const QUrl& url) {
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':' +
           QString::number(url.port(defaultPort(url.scheme())));
}

} // namespace il
