#pragma once

#include "exact/ExactAuth.h"
#include "exact/SignInOptions.h"
#include "async/CancelToken.h"
#include "net/HttpClient.h"

#include <QUrl>

namespace il {

// The Exact Online sign-in: QOAuth2AuthorizationCodeFlow drives the authorization-code grant
// (authorization URL base/api/oauth2/auth, token URL base/api/oauth2/token, its requests sent
// through HttpClient's counting network manager), the code comes back by loopback or by the
// user pasting the browser's address, and ExactAuth stores the tokens by the token rules. Every
// attempt carries a PKCE S256 challenge and a 32-byte random state (Pkce).
class ExactSignIn {
public:
    static constexpr qint64 CodeLifetimeSeconds = 180; // Exact's authorization codes live 3 minutes

    ExactSignIn(ExactAuth& auth, HttpClient& http, QUrl redirectUri);

    QCoro::Task<ExactTokens> run(SignInOptions options, CancelToken cancel = {});

    // The paste flow's check of what the user pasted: the address must carry our `state` and a
    // `code`, which is returned URL-decoded. Throws UserError saying what is wrong.
    static QString codeFromRedirect(const QString& pasted, const QString& expectedState);

    // The authorization URL with redirect_uri percent-encoded ("https%3A%2F%2F…"), as Exact's
    // other clients send it.
    static QUrl withEncodedRedirect(const QUrl& authorizationUrl, const QUrl& redirectUri);

    static SignInOptions::Delivery deliveryFor(const QUrl& redirectUri, SignInOptions::Delivery wanted);

private:
    ExactAuth& m_auth;
    HttpClient& m_http;
    QUrl m_redirectUri;
};

} // namespace il
