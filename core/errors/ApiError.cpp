#include "errors/ApiError.h"

namespace il {

ApiError::ApiError(Kind kind, QString system, QString endpoint, int status, QString serverMessage,
                   QString requestId)
    : std::runtime_error(format(kind, system, endpoint, status, serverMessage).toStdString())
    , m_kind(kind)
    , m_system(std::move(system))
    , m_endpoint(std::move(endpoint))
    , m_status(status)
    , m_serverMessage(std::move(serverMessage))
    , m_requestId(std::move(requestId)) {}

QString ApiError::format(Kind kind, const QString& system, const QString& endpoint, int status,
                         const QString& serverMessage) {
    QString what;
    switch (kind) {
    case Kind::Http:
    case Kind::Auth:
    case Kind::RateLimited:
        what = QStringLiteral("HTTP %1").arg(status);
        break;
    case Kind::Network:
        what = QStringLiteral("network error");
        break;
    case Kind::Timeout:
        what = QStringLiteral("no answer in time");
        break;
    case Kind::Parse:
        what = status ? QStringLiteral("HTTP %1, unreadable response").arg(status)
                      : QStringLiteral("unreadable response");
        break;
    }
    QString text = QStringLiteral("%1 %2 failed: %3").arg(system, endpoint, what);
    if (!serverMessage.isEmpty())
        text += QStringLiteral(" — ") + serverMessage;
    return text;
}

} // namespace il
