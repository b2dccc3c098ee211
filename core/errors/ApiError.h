#pragma once

#include "errors/Remedy.h"

#include <QString>

#include <stdexcept>

namespace il {

// Every failure of a call to Exact Online or ConnectWise becomes one of these, with one clear
// message that names the system, the endpoint, the HTTP status and the server's own words.
class ApiError : public std::runtime_error {
public:
    enum class Kind { Http, Network, Timeout, RateLimited, Parse, Auth };

    ApiError(Kind kind, QString system, QString endpoint, int status, QString serverMessage,
             QString requestId = {});

    Kind kind() const { return m_kind; }
    const QString& system() const { return m_system; }
    const QString& endpoint() const { return m_endpoint; }
    int status() const { return m_status; } // 0 when no HTTP response arrived
    const QString& serverMessage() const { return m_serverMessage; }
    const QString& requestId() const { return m_requestId; }
    QString message() const { return QString::fromUtf8(what()); }
    // What the user can do about it beyond retrying (sign in again, …); each front end words it.
    const Remedy& remedy() const { return m_remedy; }
    ApiError& withRemedy(Remedy remedy) {
        m_remedy = std::move(remedy);
        return *this;
    }

    // "Exact Online GET purchase/PurchaseInvoices failed: HTTP 403 — Forbidden - Application
    // Scope Violated" and the like.
    static QString format(Kind kind, const QString& system, const QString& endpoint, int status,
                          const QString& serverMessage);

private:
    Kind m_kind;
    QString m_system;
    QString m_endpoint;
    int m_status;
    QString m_serverMessage;
    QString m_requestId;
    Remedy m_remedy;
};

} // namespace il
