#pragma once

#include "net/CallCounter.h"

#include <QNetworkAccessManager>

namespace il {

// Counts every request created through it, whoever sends it (HttpClient itself, or
// QOAuth2AuthorizationCodeFlow's token exchange), so api_calls includes token calls.
// The endpoint comes from the request's EndpointAttribute, else the URL path.
class CountingNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    static constexpr QNetworkRequest::Attribute EndpointAttribute = QNetworkRequest::User;

    CountingNetworkAccessManager(CallCounter& counter, QObject* parent = nullptr);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData = nullptr) override;

private:
    CallCounter& m_counter;
};

} // namespace il
