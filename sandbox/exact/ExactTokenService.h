#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxHttp.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace il::sandbox {

// Exact Online's OAuth2 server as api/exact-online.md §1 describes it, on the sandbox clock:
// - /api/oauth2/auth refuses an http:// redirect URI unless allowed (setAllowHttpRedirect) and
//   answers 302 to redirect_uri?code=…&state=…; codes contain '!', are
//   single-use and live 3 minutes; a code_challenge (S256 or plain, RFC 7636) is bound to the code;
// - /api/oauth2/token takes the authorization_code and refresh_token grants (form POST, client
//   id and secret checked) and answers expires_in as the string "600"; a code issued with a
//   challenge is exchanged only with the matching code_verifier (400 invalid_grant otherwise);
// - refresh tokens rotate: the previous one dies (401 "Old refresh token used."); a refresh
//   within 570 s of the last token is refused (400 access_denied + Reason
//   TooEarlyToRefreshTokens); a refresh token unused for 30 days expires (400 invalid_request).
class ExactTokenService {
public:
    static constexpr qint64 AccessTokenSeconds = 600;
    static constexpr qint64 MinRefreshSeconds = 570;
    static constexpr qint64 CodeSeconds = 180;
    static constexpr qint64 RefreshTokenDays = 30;

    ExactTokenService(SandboxCredentials& credentials, SandboxClock& clock);

    SandboxResponse authorize(const SandboxRequest& request);
    SandboxResponse token(const SandboxRequest& request);

    // True when the Authorization header carries a live access token; else *why says why.
    bool checkAccess(const QByteArray& authorizationHeader, QString* why) const;

    // A refresh token as if the user had just signed in, with no access token issued yet.
    QString issueInitialRefreshToken();

    // Some real tenants hand out (and rotate to) a new refresh token even when refusing a
    // too-early refresh (picqer#559). Off by default.
    void setRotateOnTooEarly(bool on) { m_rotateOnTooEarly = on; }

    // Exact refuses an http:// redirect URI, loopback included (400 "Callback URI '…' is not
    // valid."). The demo allows http://127.0.0.1:PORT/… so its loopback sign-in works; off by
    // default, so tests sign in as a real tenant lets them: https and the paste flow.
    void setAllowHttpRedirect(bool on) { m_allowHttpRedirect = on; }
    bool allowsHttpRedirect() const { return m_allowHttpRedirect; }

    int refreshCount() const { return m_refreshes; }
    int codeExchangeCount() const { return m_codeExchanges; }

private:
    struct Code {
        QString redirectUri;
        QDateTime issuedAt;
        bool used = false;
        QString challenge; // empty: issued without PKCE
        QString challengeMethod;
    };
    static bool verifierMatches(const Code& code, const QString& verifier);
    SandboxResponse issueTokens(const QString& previousRefreshToken);
    SandboxResponse refresh(const QHash<QString, QString>& form);
    SandboxResponse exchangeCode(const QHash<QString, QString>& form);
    static SandboxResponse oauthError(int status, const QString& error, const QString& description);
    static QHash<QString, QString> parseForm(const QByteArray& body);
    static QString randomToken(int bytes);
    static QString exactDate(const QDateTime& utc);
    bool redirectUriAcceptable(const QString& uri) const;

    SandboxCredentials& m_credentials;
    SandboxClock& m_clock;
    QHash<QString, Code> m_codes;
    QHash<QString, QDateTime> m_refreshTokens; // live tokens → issued (last used) at
    QSet<QString> m_oldRefreshTokens;
    QHash<QString, QDateTime> m_accessTokens; // token → expires at
    QDateTime m_lastTokenAt;                  // the 570-second rule counts from here
    bool m_rotateOnTooEarly = false;
    bool m_allowHttpRedirect = false;
    int m_refreshes = 0;
    int m_codeExchanges = 0;
};

} // namespace il::sandbox
