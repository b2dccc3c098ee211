#include "exact/ExactSignIn.h"

#include "async/AsyncEvent.h"
#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"
#include "exact/Pkce.h"
#include "exact/TokenReplyCapture.h"
#include "net/CountingNetworkAccessManager.h"
#include "net/SecureAddress.h"

#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QUrlQuery>

#include <memory>

namespace il {

using Delivery = SignInOptions::Delivery;

ExactSignIn::ExactSignIn(ExactAuth& auth, HttpClient& http, QUrl redirectUri)
    : m_auth(auth)
    , m_http(http)
    , m_redirectUri(std::move(redirectUri)) {}

Delivery ExactSignIn::deliveryFor(const QUrl& uri, Delivery wanted) {
    const bool loopback = uri.scheme() == u"http" && uri.host() == u"127.0.0.1" && uri.port() > 0;
    if (wanted == Delivery::Auto) {
        if (loopback)
            return Delivery::Loopback;
        if (uri.scheme() == u"https")
            return Delivery::Paste;
        throw UserError(
            QStringLiteral("exact/redirect_uri '%1' must be an https address registered in the Exact App "
                           "Center, or http://127.0.0.1:PORT/... for the loopback sign-in")
                .arg(uri.toString()));
    }
    if (wanted == Delivery::Loopback && !loopback)
        throw UserError(
            QStringLiteral(
                "The loopback sign-in needs exact/redirect_uri http://127.0.0.1:PORT/..., not '%1'")
                .arg(uri.toString()));
    return wanted;
}

QUrl ExactSignIn::withEncodedRedirect(const QUrl& authorizationUrl, const QUrl& redirectUri) {
    // Qt's flow leaves ':' and '/' of redirect_uri bare (legal in a query, but not how Exact's
    // clients send it: picqer's getAuthUrl uses http_build_query, which encodes them). Exact
    // compares the URI with the registered one exactly, so send the encoded form they send.
    const QString encoded = QStringLiteral("redirect_uri=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(redirectUri.toString()));
    QStringList items = authorizationUrl.query(QUrl::FullyEncoded).split(u'&');
    for (QString& item : items)
        if (item.startsWith(QStringLiteral("redirect_uri=")))
            item = encoded;
    QUrl url = authorizationUrl;
    url.setQuery(items.join(u'&'), QUrl::StrictMode);
    return url;
}

QString ExactSignIn::codeFromRedirect(const QString& pasted, const QString& expectedState) {
    const QUrl url = QUrl::fromUserInput(pasted.trimmed());
    const QUrlQuery query(url.hasQuery() ? url.query() : pasted.trimmed().section(u'?', -1));
    if (query.hasQueryItem(QStringLiteral("error")))
        throw UserError(
            QStringLiteral("Exact Online refused the sign-in: %1 %2")
                .arg(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                     query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        throw UserError(
            QStringLiteral("The pasted address holds no code; paste the whole address the browser shows "
                           "after signing in (it contains ?code=…&state=…)"));
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != expectedState)
        throw UserError(
            QStringLiteral("The pasted address belongs to another sign-in attempt (its state does not "
                           "match)"),
            Remedy::of(Remedy::Action::RetryExactSignInPasteNewAddress));
    return code;
}

QCoro::Task<ExactTokens> ExactSignIn::run(SignInOptions options, CancelToken cancel) {
    // QOAuth2AuthorizationCodeFlow posts the code and the client secret through the network
    // manager itself, past HttpClient::send's check: refuse an insecure Exact address here,
    // before the browser is even opened.
    const QList<QUrl> exactUrls{m_auth.authorizationUrl(), m_auth.tokenUrl()};
    for (const QUrl& url : exactUrls)
        if (const QString refused = SecureAddress::problem(QStringLiteral("exact/base_url"), url);
            !refused.isEmpty())
            throw UserError(m_http.systemName() + QStringLiteral(": ") + refused);
    const Delivery delivery = deliveryFor(m_redirectUri, options.delivery);
    if (!options.openBrowser)
        throw UserError(QStringLiteral("No way to open the browser for the Exact Online sign-in"));
    if (delivery == Delivery::Paste && !options.askForRedirectAddress)
        throw UserError(QStringLiteral("The paste sign-in needs someone to paste the browser's address"));
    const QString secret = co_await m_auth.vault().clientSecret();

    // The flow's code exchange goes through HttpClient's manager, so it is counted as "token".
    if (auto* counting = qobject_cast<CountingNetworkAccessManager*>(m_http.networkAccessManager()))
        counting->nameEndpoint(m_auth.tokenUrl().path(), QStringLiteral("token"));
    QOAuth2AuthorizationCodeFlow flow(m_http.networkAccessManager());
    flow.setAuthorizationUrl(m_auth.authorizationUrl());
    flow.setAccessTokenUrl(m_auth.tokenUrl());
    flow.setClientIdentifier(m_auth.clientId());
    flow.setClientIdentifierSharedKey(secret);

    AsyncEvent done;
    int status = 0;
    QByteArray body;
    QString failure; // no HTTP answer from the token endpoint
    QString refusal; // the authorization redirect carried an error
    auto onTokenReply = [&](int st, QByteArray b, QString networkError) {
        status = st;
        body = std::move(b);
        failure = networkError;
        done.set();
    };
    const QString redirect = m_redirectUri.toString(QUrl::FullyEncoded);
    QAbstractOAuthReplyHandler* handler = nullptr;
    if (delivery == Delivery::Loopback) {
        auto* h = new TokenReplyCapture<QOAuthHttpServerReplyHandler>(
            redirect, QHostAddress(QHostAddress::LocalHost), quint16(m_redirectUri.port()), &flow);
        if (!h->isListening())
            throw UserError(
                QStringLiteral("Cannot listen on 127.0.0.1:%1 for the sign-in (is the port in use?)")
                    .arg(m_redirectUri.port()));
        h->setCallbackPath(m_redirectUri.path());
        h->onTokenReply = onTokenReply;
        handler = h;
    } else {
        auto* h = new TokenReplyCapture<QOAuthOobReplyHandler>(redirect, &flow);
        h->onTokenReply = onTokenReply;
        handler = h;
    }
    // Qt 6.4's flow fights Exact on encoding: a code from the loopback listener arrives still
    // percent-encoded and is encoded again (%21 → %2521), and the client secret is sent without
    // encoding. So the code is taken here, decoded once, and both are encoded exactly once below.
    // Connected before setReplyHandler() so it runs before the flow's own slot.
    QString code;
    QObject::connect(
        handler, &QAbstractOAuthReplyHandler::callbackReceived, &flow, [&](const QVariantMap& values) {
            code = QUrl::fromPercentEncoding(values.value(QStringLiteral("code")).toString().toUtf8());
        });
    // Qt 6.4's flow knows no PKCE and makes an 8-byte state: both are added here (Pkce). The
    // verifier and the challenge are base64url, so they need no further encoding.
    const Pkce pkce = Pkce::generate();
    flow.setState(Pkce::randomText(Pkce::StateBytes));
    flow.setModifyParametersFunction([&](QAbstractOAuth::Stage stage,
                                         QMultiMap<QString, QVariant>* parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->remove(
                QStringLiteral("scope")); // Exact has no scope parameter (api/exact-online.md §1.9)
            parameters->replace(QStringLiteral("code_challenge"), pkce.challenge);
            parameters->replace(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::Method));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
            parameters->replace(QStringLiteral("client_secret"),
                                QString::fromLatin1(QUrl::toPercentEncoding(secret)));
            parameters->replace(QStringLiteral("code_verifier"), pkce.verifier);
        }
    });
    flow.setReplyHandler(handler);

    QDateTime openedAt;
    QObject::connect(&flow, &QAbstractOAuth::authorizeWithBrowser, &flow, [&](const QUrl& url) {
        openedAt = m_auth.clock().nowUtc();
        options.openBrowser(withEncodedRedirect(url, m_redirectUri));
    });
    // An error in the redirect (error=access_denied when the user declines) ends the wait.
    QObject::connect(
        &flow, &QAbstractOAuth2::error, &flow,
        [&](const QString& error, const QString& description, const QUrl&) {
            refusal = QStringLiteral("Exact Online refused the sign-in: %1 %2").arg(error, description);
            done.set();
        });
    flow.grant();

    if (delivery == Delivery::Paste) {
        const QString pasted = co_await options.askForRedirectAddress();
        cancel.throwIfCancelled();
        if (openedAt.isValid() && openedAt.secsTo(m_auth.clock().nowUtc()) > CodeLifetimeSeconds)
            throw UserError(
                QStringLiteral("More than 3 minutes passed since the browser opened, so Exact's code has "
                               "expired"),
                Remedy::of(Remedy::Action::RetryExactSignInPasteSooner));
        const QString pastedCode = codeFromRedirect(pasted, flow.state());
        emit handler->callbackReceived(
            {{QStringLiteral("code"), pastedCode}, {QStringLiteral("state"), flow.state()}});
    }

    if (!co_await done.wait(options.timeout, cancel))
        throw UserError(QStringLiteral("The browser did not come back to %1 within %2 minutes")
                            .arg(redirect)
                            .arg(std::chrono::duration_cast<std::chrono::minutes>(options.timeout).count()),
                        Remedy::of(Remedy::Action::RetryExactSignIn));
    if (!refusal.isEmpty())
        throw UserError(refusal.trimmed());
    if (status == 0)
        throw ApiError(ApiError::Kind::Network, m_http.systemName(), QStringLiteral("POST token"), 0,
                       failure);
    co_return co_await m_auth.acceptSignInAnswer(status, body);
}

} // namespace il
