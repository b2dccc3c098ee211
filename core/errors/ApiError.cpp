#include "errors/ApiError.h"

#include <QCoreApplication>

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

// The window shows these words, so they go through the translation; the command line installs
// none and stays English.
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
        what = QCoreApplication::translate("il::ApiError", "network error");
        break;
    case Kind::Timeout:
        what = QCoreApplication::translate("il::ApiError", "no answer in time");
        break;
    case Kind::Parse:
        what = status
                   ? QCoreApplication::translate("il::ApiError", "HTTP %1, unreadable response").arg(status)
                   : QCoreApplication::translate("il::ApiError", "unreadable response");
        break;
    }
    QString text =
        QCoreApplication::translate("il::ApiError", "%1 %2 failed: %3").arg(system, endpoint, what);
    if (!serverMessage.isEmpty())
        text += QStringLiteral(" — ") + serverMessage;
    return text;
}

} // namespace il
