#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace il {

// How a link came to be (DESIGN §3 Linking). A confirmed link is the user's word and is never
// overwritten by an automatic one.
enum class LinkOrigin { Auto, Suggested, Confirmed };

inline QString toString(LinkOrigin origin) {
    switch (origin) {
    case LinkOrigin::Auto:
        return QStringLiteral("auto");
    case LinkOrigin::Suggested:
        return QStringLiteral("suggested");
    case LinkOrigin::Confirmed:
        return QStringLiteral("confirmed");
    }
    return {};
}

inline std::optional<LinkOrigin> linkOriginFromString(const QString& text) {
    if (text == QLatin1String("auto"))
        return LinkOrigin::Auto;
    if (text == QLatin1String("suggested"))
        return LinkOrigin::Suggested;
    if (text == QLatin1String("confirmed"))
        return LinkOrigin::Confirmed;
    return std::nullopt;
}

// Customer key (see the customer rule of the source) → ConnectWise company.
struct CustomerLink {
    QString customerKey;
    int companyId = 0;
    LinkOrigin origin = LinkOrigin::Auto;
    QString setBy;   // user name; stamped by LinkStore
    QDateTime setAt; // UTC; stamped by LinkStore
};

// (customer key, Exact item code) → company, agreement and ConnectWise product.
struct LineLink {
    QString customerKey;
    QString itemCode;
    int companyId = 0;
    int agreementId = 0;       // 0: no agreement remembered (the linker picks one)
    QString productIdentifier; // ConnectWise catalog identifier; empty: not remembered
    LinkOrigin origin = LinkOrigin::Auto;
    QString setBy;
    QDateTime setAt;
};

} // namespace il
