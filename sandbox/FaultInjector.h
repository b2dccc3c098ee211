#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace il::sandbox {

// One injected fault. The path pattern is a QRegularExpression searched (not anchored) in the
// decoded request path, so "PurchaseInvoices" and "/api/v1/.*/purchase/.*" both work.
struct FaultSpec {
    QString pathPattern;
    int status = 0;        // answer this status with a JSON error body; the service is not called
    int delayMs = 0;       // added to the server latency before answering
    bool drop = false;     // the service handles the request, then the connection closes unanswered
    bool truncate = false; // full Content-Length but only half the body, then close
    int times = -1;        // -1 = always, else this many matching requests
    QByteArray method;     // only requests of this method ("POST"); empty = any
};

// The list of active faults. Takes a fault for a request path, consuming one of its `times`.
class FaultInjector {
public:
    void add(const FaultSpec& spec) { m_faults.append(spec); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    const QList<FaultSpec>& faults() const { return m_faults; }

    // The first fault matching `path` that has uses left; its remaining count drops by one.
    std::optional<FaultSpec> take(const QString& path, const QByteArray& method = {});

    // "path=/api/v1/.*/purchase/.*,status=503,times=2", "path=...,drop", "path=...,truncate",
    // "path=...,delay=2000", "method=POST,path=...,drop". Without path= the fault applies to every path. Commas inside the
    // regular expression are kept (a piece that is no option continues the path).
    static std::optional<FaultSpec> parse(const QString& spec);
    // Several specs separated by ';'. nullopt when any is invalid; errorOut names it.
    static std::optional<QList<FaultSpec>> parseList(const QString& specs, QString* errorOut = nullptr);

private:
    QList<FaultSpec> m_faults;
};

} // namespace il::sandbox
