#include "sandbox/SandboxServer.h"

#include "sandbox/HttpConnection.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <exception>

namespace il::sandbox {

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this)) {
    connect(m_tcp, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port) {
    return m_tcp->listen(QHostAddress::LocalHost, port);
}

QString SandboxServer::errorString() const {
    return m_tcp->errorString();
}

quint16 SandboxServer::port() const {
    return m_tcp->serverPort();
}

QUrl SandboxServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void SandboxServer::addService(FakeService* service) {
    m_services.append(service);
}

void SandboxServer::onNewConnection() {
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        ++m_connectionsAccepted;
        new HttpConnection(
            socket, baseUrl(),
            [this](HttpConnection* connection, SandboxRequest request) {
                onRequest(connection, std::move(request));
            },
            this);
    }
}

FakeService* SandboxServer::serviceFor(const SandboxRequest& request) const {
    for (FakeService* service : m_services)
        if (service->handles(request))
            return service;
    return nullptr;
}

void SandboxServer::onRequest(HttpConnection* connection, SandboxRequest request) {
    FakeService* service = serviceFor(request);
    m_log.count(service ? service->endpointOf(request) : QStringLiteral("unknown"));
    const bool write = request.method != "GET";
    m_log.begin(write);
    const std::optional<FaultSpec> fault = m_faults.take(request.path, request.method);
    const auto delay = m_latency + std::chrono::milliseconds(fault ? fault->delayMs : 0);
    // The timer belongs to the server, so the request ends (and the fake sees it) even when the
    // client has gone away meanwhile, as on a real server.
    QTimer::singleShot(delay, this,
                       [this, connection = QPointer<HttpConnection>(connection), request = std::move(request),
                        service, fault, write] {
                           answer(connection, request, service, fault);
                           m_log.end(write);
                       });
}

void SandboxServer::answer(HttpConnection* connection, const SandboxRequest& request, FakeService* service,
                           const std::optional<FaultSpec>& fault) {
    if (fault && fault->status != 0) {
        if (connection)
            connection->respond(faultResponse(fault->status));
        return;
    }
    SandboxResponse response;
    if (!service) {
        response = SandboxResponse::json(404, QByteArray(R"({"message":"no such endpoint"})"));
    } else {
        try {
            response = service->handle(request);
        } catch (const std::exception& e) {
            const QJsonObject body{{QStringLiteral("message"),
                                    QStringLiteral("sandbox error: %1").arg(QString::fromUtf8(e.what()))}};
            response = SandboxResponse::json(500, QJsonDocument(body));
        }
    }
    if (!connection)
        return;
    if (fault && fault->drop)
        connection->drop();
    else if (fault && fault->truncate)
        connection->respond(response, HttpConnection::Delivery::Truncated);
    else
        connection->respond(response);
}

SandboxResponse SandboxServer::faultResponse(int status) {
    // Both APIs' error shapes at once, so either client finds its message field.
    const QString text = QStringLiteral("Injected fault: HTTP %1").arg(status);
    const QJsonObject exactError{{QStringLiteral("code"), QString()},
                                 {QStringLiteral("message"), QJsonObject{{QStringLiteral("lang"), QString()},
                                                                         {QStringLiteral("value"), text}}}};
    const QJsonObject body{{QStringLiteral("code"), QStringLiteral("InjectedFault")},
                           {QStringLiteral("message"), text},
                           {QStringLiteral("error"), exactError}};
    SandboxResponse response = SandboxResponse::json(status, QJsonDocument(body));
    if (status == 429 || status == 503) {
        const qint64 resetMs = QDateTime::currentMSecsSinceEpoch() + 1000;
        response.setHeader("Retry-After", "1");
        if (status == 429) {
            response.setHeader("X-RateLimit-Minutely-Remaining", "0");
            response.setHeader("X-RateLimit-Minutely-Reset", QByteArray::number(resetMs));
        }
    }
    return response;
}

} // namespace il::sandbox
