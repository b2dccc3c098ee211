#include "reconcile/Connections.h"

#include "settings/Settings.h"

namespace il {

Connections::Connections(const Settings& settings, SecretStore& secrets, Clock& clock, QString lockFilePath)
    : m_secrets(secrets)
    , m_exactHttp(std::make_unique<HttpClient>(QStringLiteral("Exact Online"), ExactConnection::httpPolicy()))
    , m_cwHttp(std::make_unique<HttpClient>(QStringLiteral("ConnectWise"),
                                            HttpPolicy{.maxConcurrent = ConnectWiseClient::MaxInFlight,
                                                       .rateLimit = HttpPolicy::RateLimit::RetryAfter,
                                                       .timeout = settings.cwTimeout(),
                                                       .addressSetting = QStringLiteral("connectwise/site")}))
    , m_exact(
          std::make_unique<ExactConnection>(settings, secrets, *m_exactHttp, clock, std::move(lockFilePath)))
    , m_connectwise(std::make_unique<ConnectWiseClient>(settings, secrets, *m_cwHttp)) {}

Connections::~Connections() = default;

} // namespace il
