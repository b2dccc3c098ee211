#pragma once

#include "async/CancelToken.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "exact/ExactTokens.h"
#include "exact/TokenVault.h"
#include "net/HostGate.h"
#include "net/HttpClient.h"
#include "settings/Clock.h"

#include <QUrl>

#include <memory>
#include <optional>

class QLockFile;

namespace il {

// Keeps a usable Exact Online access token by the rules real tenants enforce (DESIGN §3,
// api/exact-online.md §1.4–1.6):
// - a valid access token in the store is reused (a second process does not refresh);
// - a refresh happens only in the token's last 30 seconds or after expiry, never within 570 s of
//   the last token, not even after a 401;
// - refreshes are serialized across processes with a lock file: lock, reload, refresh only if
//   still needed, save, unlock;
// - the rotated refresh token is saved before the new access token is used, and any refresh
//   token an answer carries is kept, even on an error answer;
// - a refresh token unused for 30 days is reported as such, with the command that fixes it.
class ExactAuth {
public:
    // lockFilePath: empty = serialize within this object only (tests, demo).
    ExactAuth(QUrl baseUrl, QString clientId, SecretStore& store, HttpClient& http, Clock& clock,
              QString lockFilePath = {});
    ~ExactAuth();

    // An access token to send now, refreshed first when it is in its last 30 s or gone.
    QCoro::Task<QString> accessToken(CancelToken cancel = {});
    // After an API call answered 401 with `rejected`: a newer token (another process refreshed,
    // or a refresh is allowed now), or nullopt when the 570-second rule forbids a refresh.
    QCoro::Task<std::optional<QString>> afterUnauthorized(QString rejected, CancelToken cancel = {});

    struct KeepAlive {
        bool refreshed = false;
        QDateTime refreshTokenExpiresAt; // 30 days after the last refresh
    };
    // For a scheduled keep-alive: refreshes when Exact allows it (≥ 570 s since the last token),
    // so the refresh token does not die unused.
    QCoro::Task<KeepAlive> keepAlive(CancelToken cancel = {});

    // Stores the token endpoint's answer to the sign-in's code exchange, by the same rules.
    QCoro::Task<ExactTokens> acceptSignInAnswer(int status, QByteArray body);

    QCoro::Task<ExactTokens> storedTokens() { return m_vault.load(); }
    // Whole days until the refresh token expires unused; nullopt when unknown (seeded by hand).
    std::optional<qint64> refreshTokenDaysLeft(const ExactTokens& tokens) const;

    QUrl tokenUrl() const;
    QUrl authorizationUrl() const;
    const QString& clientId() const { return m_clientId; }
    TokenVault& vault() { return m_vault; }
    Clock& clock() { return m_clock; }

    // The sign-in is gone (with Exact's own words when it said so) / never happened; both carry
    // the remedy of signing in, which each front end words.
    static UserError expiredError(const QString& exactSays = {});
    static UserError notSignedInError();

private:
    enum class Need { IfExpiring, AfterUnauthorized, KeepAlive };
    struct Outcome {
        ExactTokens tokens;
        bool refreshed = false;
        bool refused = false; // AfterUnauthorized within 570 s
    };
    QCoro::Task<Outcome> underLock(Need need, QString rejected, CancelToken cancel);
    QCoro::Task<ExactTokens> refresh(ExactTokens current, CancelToken cancel);
    QCoro::Task<ExactTokens> accept(int status, QByteArray body, QByteArray reason, ExactTokens current,
                                    QString what);
    QCoro::Task<std::unique_ptr<QLockFile>> lockAcrossProcesses(CancelToken cancel);
    // The refresh POST got no (complete) answer: the message says what may have happened.
    ApiError lostAnswer(const ApiError& e) const;

    QUrl m_baseUrl;
    QString m_clientId;
    TokenVault m_vault;
    HttpClient& m_http;
    Clock& m_clock;
    QString m_lockFilePath;
    HostGate m_gate{1}; // one refresh at a time within this process
};

} // namespace il
