#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxHttp.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QTcpServer;

namespace il::sandbox {

class HttpConnection;

// The sandbox's HTTP/1.1 server on 127.0.0.1. It routes each request to the first fake that
// handles it (404 JSON otherwise), counts it under the fake's endpoint name, and can delay,
// fail, drop or truncate answers. Delays use timers, never blocking, so latency does not
// serialize concurrent requests.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 = any free port). False when the port is taken.
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // Services are asked in the order added; the server does not own them.
    void addService(FakeService* service);

    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    std::chrono::milliseconds latency() const { return m_latency; }

    void addFault(const FaultSpec& fault) { m_faults.add(fault); }
    void clearFaults() { m_faults.clear(); }
    const QList<FaultSpec>& faults() const { return m_faults.faults(); }
    // One command-line spec ("path=...,status=503,times=2"); see FaultInjector::parse.
    static std::optional<FaultSpec> parseFault(const QString& spec) { return FaultInjector::parse(spec); }
    static std::optional<QList<FaultSpec>> parseFaults(const QString& specs, QString* errorOut = nullptr) {
        return FaultInjector::parseList(specs, errorOut);
    }

    // Every request is counted under FakeService::endpointOf (or "unknown"), faulted ones too.
    QMap<QString, int> counts() const { return m_log.counts(); }
    int count(const QString& endpoint) const { return m_log.count(endpoint); }
    int total() const { return m_log.total(); }
    // Endpoints in the order requests arrived (RequestLog::MaxArrivals at most) since the last reset.
    QStringList arrivals() const { return m_log.arrivals(); }
    void resetCounts() { m_log.resetCounts(); }
    // The highest number of requests being handled at once since the last reset.
    int maxInFlight() const { return m_log.maxInFlight(); }
    // The same for requests other than GET (PATCH, POST, PUT, DELETE).
    int maxWritesInFlight() const { return m_log.maxWritesInFlight(); }
    void resetMaxInFlight() { m_log.resetMaxInFlight(); }
    // TCP connections accepted so far; shows keep-alive reuse.
    int connectionsAccepted() const { return m_connectionsAccepted; }

private:
    void onNewConnection();
    void onRequest(HttpConnection* connection, SandboxRequest request);
    void answer(HttpConnection* connection, const SandboxRequest& request, FakeService* service,
                const std::optional<FaultSpec>& fault);
    FakeService* serviceFor(const SandboxRequest& request) const;
    static SandboxResponse faultResponse(int status);

    QTcpServer* m_tcp;
    QList<FakeService*> m_services;
    FaultInjector m_faults;
    RequestLog m_log;
    std::chrono::milliseconds m_latency{0};
    int m_connectionsAccepted = 0;
};

} // namespace il::sandbox
