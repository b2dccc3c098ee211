#pragma once

#include "net/CallCounter.h"

#include <QHash>
#include <QNetworkAccessManager>

namespace il {

// Counts every request created through it, whoever sends it (HttpClient itself, or
// QOAuth2AuthorizationCodeFlow's token exchange), so api_calls includes token calls.
// The endpoint comes from the request's EndpointAttribute, else the URL path. A request to an
// address SecureAddress does not allow fails at once and is neither sent nor counted.
class CountingNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    static constexpr QNetworkRequest::Attribute EndpointAttribute = QNetworkRequest::User;

    CountingNetworkAccessManager(CallCounter& counter, QObject* parent = nullptr);

    // Counts requests to `path` that carry no endpoint of their own (those a library sends, like
    // QOAuth2AuthorizationCodeFlow's code exchange) under `endpoint`, e.g. "token".
    void nameEndpoint(const QString& path, const QString& endpoint) { m_names.insert(path, endpoint); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData = nullptr) override;

private:
    CallCounter& m_counter;
    QHash<QString, QString> m_names;
};

} // namespace il
