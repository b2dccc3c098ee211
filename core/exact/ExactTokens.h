#pragma once

#include <QDateTime>
#include <QString>

namespace il {

// The Exact Online token state as the SecretStore keeps it (DESIGN §3 Exact Online sign-in).
struct ExactTokens {
    static constexpr qint64 AccessTokenSeconds = 600;
    // Exact refuses a refresh earlier than this after the last token (api/exact-online.md §1.6).
    static constexpr qint64 MinRefreshSeconds = 570;
    static constexpr qint64 RefreshTokenDays = 30;

    QString accessToken;
    QString refreshToken;
    QDateTime obtainedAt; // when the access token (and the current refresh token) came; UTC

    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    qint64 ageSeconds(const QDateTime& now) const {
        return obtainedAt.isValid() ? obtainedAt.secsTo(now) : -1;
    }
    // A refresh is allowed once 570 s have passed (or when we do not know when the last came).
    bool refreshAllowed(const QDateTime& now) const {
        return !obtainedAt.isValid() || obtainedAt.secsTo(now) >= MinRefreshSeconds;
    }
    // The access token can be used as is: present and not yet in its last 30 seconds.
    bool accessUsable(const QDateTime& now) const {
        return !accessToken.isEmpty() && obtainedAt.isValid() && obtainedAt.secsTo(now) < MinRefreshSeconds;
    }
    // When the refresh token dies unused; invalid when unknown (seeded by hand).
    QDateTime refreshExpiresAt() const {
        return obtainedAt.isValid() ? obtainedAt.addDays(RefreshTokenDays) : QDateTime();
    }
};

} // namespace il
