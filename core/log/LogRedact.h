#pragma once

#include <QString>
#include <QUrl>

namespace il {

// What may appear in a log line. Logs of unattended runs are mailed and kept; a token, key or
// password in one is a leak, so everything that reaches a log and may carry one goes through here.
class LogRedact {
public:
    // The URL with its user-info removed and the values of credential query items (code,
    // code_verifier, client_secret, refresh_token, access_token, password, private keys, ...)
    // and any fragment replaced by "***". Paging and filter items stay readable; spaces stay %20.
    static QString url(const QUrl& url);
    // Free text (a server message, a form body): "Bearer x", "Basic x", key=value and
    // "key": "value" pairs of credential names get their values replaced by "***".
    static QString text(const QString& text);
    // Whether a query, form or JSON field of this name holds a credential.
    static bool isSecretName(const QString& name);

    static constexpr QLatin1StringView Mask{"***"};
};

} // namespace il
