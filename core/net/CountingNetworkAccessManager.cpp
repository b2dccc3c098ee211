#include "net/CountingNetworkAccessManager.h"

#include "net/SecureAddress.h"

namespace il {

CountingNetworkAccessManager::CountingNetworkAccessManager(CallCounter& counter, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_counter(counter) {}

QNetworkReply* CountingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                           QIODevice* outgoingData) {
    // A backstop for requests that do not come through HttpClient::send (QOAuth2's code
    // exchange): an address that is neither https nor loopback http never reaches the wire.
    // Qt answers the unknown scheme with ProtocolUnknownError at once; nothing is counted.
    if (!SecureAddress::allowed(request.url())) {
        QNetworkRequest refused(request);
        refused.setUrl(
            QUrl(QStringLiteral("invoicelink-refused-insecure:") + SecureAddress::origin(request.url())));
        return QNetworkAccessManager::createRequest(op, refused, outgoingData);
    }
    QString endpoint = request.attribute(EndpointAttribute).toString();
    if (endpoint.isEmpty())
        endpoint = m_names.value(request.url().path(), request.url().path());
    m_counter.add(endpoint);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace il
