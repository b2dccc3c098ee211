#include "connectwise/CwNextLink.h"

#include "errors/ApiError.h"
#include "net/JsonRecord.h"
#include "net/UrlOrigin.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace il {

std::optional<QString> CwNextLink::nextUrl(const QByteArray& linkHeader) {
    static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"?([A-Za-z]+)\"?"));
    auto it = link.globalMatch(QString::fromUtf8(linkHeader));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).compare(u"next", Qt::CaseInsensitive) == 0)
            return m.captured(1);
    }
    return std::nullopt;
}

bool CwNextLink::onSite(const QUrl& link, const QUrl& site) {
    if (UrlOrigin::same(link, site))
        return true;
    const QString host = site.host();
    if (!host.startsWith(QStringLiteral("api-"), Qt::CaseInsensitive))
        return false;
    QUrl login = site;
    login.setHost(host.mid(4));
    return UrlOrigin::same(link, login);
}

std::optional<int> CwNextLink::page(const QByteArray& linkHeader, const QUrl& site, const QUrl& requestUrl,
                                    const QString& what) {
    const std::optional<QString> raw = nextUrl(linkHeader);
    if (!raw)
        return std::nullopt;
    const auto fail = [&](const QString& problem) {
        return ApiError(ApiError::Kind::Parse, QStringLiteral("ConnectWise"), what, 200,
                        QStringLiteral("the Link header's next page %1 %2")
                            .arg(JsonRecord::shown(QJsonValue(*raw)), problem));
    };
    const QUrl url = requestUrl.resolved(QUrl(*raw));
    if (!url.isValid())
        throw fail(QStringLiteral("is no URL"));
    if (!onSite(url, site))
        throw fail(QStringLiteral("leads to %1, not to connectwise/site %2; it was not followed")
                       .arg(UrlOrigin::of(url), UrlOrigin::of(site)));
    bool ok = false;
    const int page = QUrlQuery(url.query()).queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1)
        throw fail(QStringLiteral("has no page number"));
    return page;
}

} // namespace il
