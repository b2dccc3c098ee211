#include "net/CountingNetworkAccessManager.h"

namespace il {

CountingNetworkAccessManager::CountingNetworkAccessManager(CallCounter& counter, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_counter(counter) {}

QNetworkReply* CountingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                           QIODevice* outgoingData) {
    QString endpoint = request.attribute(EndpointAttribute).toString();
    if (endpoint.isEmpty())
        endpoint = m_names.value(request.url().path(), request.url().path());
    m_counter.add(endpoint);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace il
