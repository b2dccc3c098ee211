#pragma once

#include <QString>
#include <QUrl>

namespace il {

// The origin of a URL (scheme, host, port; RFC 6454): a paging link may only lead where the
// configured base URL already points, so a bearer token or API key never travels elsewhere.
class UrlOrigin {
public:
    // Same scheme and host (case-insensitive) and the same port, the scheme's default when
    // none is written. An invalid or relative URL has no origin and matches nothing.
    static bool same(const QUrl& a, const QUrl& b);
    // "https://start.exactonline.nl:443" for messages.
    static QString of(const QUrl& url);
    static int defaultPort(const QString& scheme);
};

} // namespace il
