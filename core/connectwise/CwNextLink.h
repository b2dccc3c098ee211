#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace il {

// The rel="next" link of a ConnectWise list answer (RFC 5988 `Link` header, connectwise.md §3).
// Only its page number is used (the client builds the next URL itself), but a link that points
// to another origin than the configured site means the answer is not the site's: the read fails
// rather than trusting anything in it. The login host of a cloud API host counts as the site
// (DG's example links to staging.connectwisedev.com for api-staging.connectwisedev.com).
class CwNextLink {
public:
    // The next page number; nullopt when the header has no rel="next". Throws ApiError(Parse)
    // naming ConnectWise and `what` when the link is on another origin than `site` or has no
    // readable page number. Relative links resolve against `requestUrl`.
    static std::optional<int> page(const QByteArray& linkHeader, const QUrl& site, const QUrl& requestUrl,
                                   const QString& what);
    // The raw URL of rel="next"; nullopt when there is none.
    static std::optional<QString> nextUrl(const QByteArray& linkHeader);
    // Same origin as the site, or the cloud login host of the site's api- host.
    static bool onSite(const QUrl& link, const QUrl& site);
};

} // namespace il
