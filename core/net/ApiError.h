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
};

// The user or a scheduler cancelled the run; not a failure of either system.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

// A problem in our own configuration or state (missing setting, missing secret, expired
// refresh token) that the user must fix. The message says what is wrong; when the fix is an
// action of a front end (sign in, set a secret), the remedy names it and the front end words it
// (app/cli/CliErrorText, ui/ErrorText), so core never tells a window user to run a command.
class UserError : public std::runtime_error {
public:
    explicit UserError(const QString& message) : std::runtime_error(message.toStdString()) {}
    UserError(const QString& problem, Remedy remedy)
        : std::runtime_error(problem.toStdString()), m_remedy(std::move(remedy)) {}
    QString message() const { return QString::fromUtf8(what()); }
    const Remedy& remedy() const { return m_remedy; }

private:
    Remedy m_remedy;
};

} // namespace il
