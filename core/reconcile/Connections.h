#pragma once

#include "connectwise/ConnectWiseClient.h"
#include "exact/ExactConnection.h"
#include "net/HttpClient.h"
#include "settings/Clock.h"

#include <memory>

namespace il {

class SecretStore;
class Settings;

// The two systems of one configuration, each behind its own HttpClient with its own policy
// (Exact: sequential, rate-limit headers; ConnectWise: a few in flight, Retry-After), so calls
// are counted per system. Front ends make one of these and hand it to MonthRun.
class Connections {
public:
    Connections(const Settings& settings, SecretStore& secrets, Clock& clock = Clock::system(),
                QString lockFilePath = {});
    ~Connections();

    ExactConnection& exact() { return *m_exact; }
    ConnectWiseClient& connectwise() { return *m_connectwise; }
    HttpClient& exactHttp() { return *m_exactHttp; }
    HttpClient& connectwiseHttp() { return *m_cwHttp; }
    // Where this configuration's secrets live (the transfer log's tip anchor goes there too).
    SecretStore& secrets() { return m_secrets; }

private:
    SecretStore& m_secrets;
    std::unique_ptr<HttpClient> m_exactHttp;
    std::unique_ptr<HttpClient> m_cwHttp;
    std::unique_ptr<ExactConnection> m_exact;
    std::unique_ptr<ConnectWiseClient> m_connectwise;
};

} // namespace il
