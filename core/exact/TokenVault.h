#pragma once

#include "exact/ExactTokens.h"
#include "settings/SecretStore.h"

#include <qcoro/qcorotask.h>

namespace il {

// Reads and writes the Exact tokens in the SecretStore under exact.access_token,
// exact.refresh_token and exact.token_obtained_at. A refresh token set by hand (with no
// obtained-at) seeds the state: the first use refreshes it.
class TokenVault {
public:
    static inline const QString AccessTokenKey = QStringLiteral("exact.access_token");
    static inline const QString RefreshTokenKey = QStringLiteral("exact.refresh_token");
    static inline const QString ObtainedAtKey = QStringLiteral("exact.token_obtained_at");
    static inline const QString ClientSecretKey = QStringLiteral("exact.client_secret");

    explicit TokenVault(SecretStore& store)
        : m_store(store) {}

    QCoro::Task<ExactTokens> load();
    // Saves in the order that never loses a live refresh token: the refresh token first, then
    // when it came, then the access token (which is only used after this returns).
    QCoro::Task<> save(ExactTokens tokens);
    // Keeps a refresh token that came with an answer we otherwise reject.
    QCoro::Task<> saveRefreshToken(QString refreshToken);
    QCoro::Task<> clear();
    QCoro::Task<QString> clientSecret();

private:
    SecretStore& m_store;
};

} // namespace il
