#include "sandbox/exact/ExactTokenService.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace il::sandbox {

ExactTokenService::ExactTokenService(SandboxCredentials& credentials, SandboxClock& clock)
    : m_credentials(credentials)
    , m_clock(clock) {}

QString ExactTokenService::randomToken(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64()); // '+', '/' and '=' make encoding mistakes visible
}

// "10/11/2022 9:18:20 PM", as in the observed expiry message.
QString ExactTokenService::exactDate(const QDateTime& utc) {
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("M/d/yyyy h:mm:ss AP"));
}

QHash<QString, QString> ExactTokenService::parseForm(const QByteArray& body) {
    QHash<QString, QString> out;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' '); // form encoding: '+' is a space, a real plus comes as %2B
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

SandboxResponse ExactTokenService::oauthError(int status, const QString& error, const QString& description) {
    return SandboxResponse::json(
        status, QJsonDocument(QJsonObject{{"error", error}, {"error_description", description}}));
}

bool ExactTokenService::redirectUriAcceptable(const QString& uri) const {
    const QUrl u(uri);
    if (!u.isValid() || u.host().isEmpty())
        return false;
    // Exact accepts only a public HTTPS URI, never localhost (api/exact-online.md §1.7). Only a
    // sandbox started with allow-http-redirect (the demo) takes the loopback address as well, so
    // the desktop's loopback flow can be shown; by default it refuses http:// as Exact does.
    if (u.scheme() == u"https")
        return u.host() != u"localhost";
    return m_allowHttpRedirect && u.scheme() == u"http" && u.host() == u"127.0.0.1";
}

SandboxResponse ExactTokenService::authorize(const SandboxRequest& r) {
    const QString clientId = r.queryValue(QStringLiteral("client_id"));
    const QString redirectUri = r.queryValue(QStringLiteral("redirect_uri"));
    const QString responseType = r.queryValue(QStringLiteral("response_type"));
    if (clientId.compare(m_credentials.exactClientId, Qt::CaseInsensitive) != 0)
        return oauthError(400, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown client_id '%1'.").arg(clientId));
    if (!redirectUriAcceptable(redirectUri))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Callback URI '%1' is not valid.").arg(redirectUri));
    if (responseType != u"code")
        return oauthError(400, QStringLiteral("unsupported_response_type"),
                          QStringLiteral("response_type must be 'code'."));

    // RFC 7636 §4.3: the method defaults to plain; only S256 and plain exist.
    const QString challenge = r.queryValue(QStringLiteral("code_challenge"));
    QString method = r.queryValue(QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() && method.isEmpty())
        method = QStringLiteral("plain");
    if (!challenge.isEmpty() && method != u"S256" && method != u"plain")
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code_challenge_method '%1' is not supported.").arg(method));
    static const QRegularExpression challengeForm(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!challenge.isEmpty() && !challengeForm.match(challenge).hasMatch())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code_challenge is malformed."));

    const QString code = QStringLiteral("XTzM!IAAAA") + randomToken(48);
    m_codes.insert(code, Code{redirectUri, m_clock.nowUtc(), false, challenge, method});

    QUrl target(redirectUri);
    QUrlQuery q(target);
    // Percent-encode everything but unreserved characters, so '!' arrives as %21.
    q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    if (r.hasQuery(QStringLiteral("state")))
        q.addQueryItem(QStringLiteral("state"),
                       QString::fromLatin1(QUrl::toPercentEncoding(r.queryValue(QStringLiteral("state")))));
    target.setQuery(q);
    SandboxResponse resp;
    resp.status = 302;
    resp.setHeader("Location", target.toEncoded());
    resp.setHeader("Content-Type", "text/html; charset=utf-8");
    resp.body = "<html><body>Object moved</body></html>";
    return resp;
}

SandboxResponse ExactTokenService::token(const SandboxRequest& r) {
    if (r.method != "POST")
        return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
    const QHash<QString, QString> form = parseForm(r.body);
    if (form.value(QStringLiteral("client_id")).compare(m_credentials.exactClientId, Qt::CaseInsensitive) !=
            0 ||
        form.value(QStringLiteral("client_secret")) != m_credentials.exactClientSecret)
        return oauthError(400, QStringLiteral("invalid_client"),
                          QStringLiteral("Invalid client credentials."));
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant == u"authorization_code")
        return exchangeCode(form);
    if (grant == u"refresh_token")
        return refresh(form);
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Unknown grant_type."));
}

SandboxResponse ExactTokenService::exchangeCode(const QHash<QString, QString>& form) {
    const QString code = form.value(QStringLiteral("code"));
    auto it = m_codes.find(code);
    if (it == m_codes.end() || it->used || it->issuedAt.secsTo(m_clock.nowUtc()) > CodeSeconds)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code is invalid, used or expired."));
    if (form.value(QStringLiteral("redirect_uri")) != it->redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri does not match the authorization request."));
    // A failed check burns the code too: a stolen code cannot be tried with guessed verifiers.
    if (!verifierMatches(*it, form.value(QStringLiteral("code_verifier")))) {
        it->used = true;
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code_verifier does not match the code_challenge."));
    }
    it->used = true;
    ++m_codeExchanges;
    // A new sign-in starts a new chain: earlier refresh tokens die.
    for (auto t = m_refreshTokens.cbegin(); t != m_refreshTokens.cend(); ++t)
        m_oldRefreshTokens.insert(t.key());
    m_refreshTokens.clear();
    return issueTokens({});
}

bool ExactTokenService::verifierMatches(const Code& code, const QString& verifier) {
    if (code.challenge.isEmpty())
        return true; // issued without PKCE: nothing to prove
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!form.match(verifier).hasMatch())
        return false;
    if (code.challengeMethod == u"plain")
        return verifier == code.challenge;
    const QByteArray hash = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toBase64(QByteArray::Base64UrlEncoding |
                                             QByteArray::OmitTrailingEquals)) == code.challenge;
}

SandboxResponse ExactTokenService::refresh(const QHash<QString, QString>& form) {
    const QString token = form.value(QStringLiteral("refresh_token"));
    const QDateTime now = m_clock.nowUtc();
    if (m_oldRefreshTokens.contains(token))
        return oauthError(401, QStringLiteral("unauthorized_client"),
                          QStringLiteral("Old refresh token used."));
    auto it = m_refreshTokens.find(token);
    if (it == m_refreshTokens.end())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Refresh token is invalid."));
    const QDateTime expiresAt = it->addDays(RefreshTokenDays);
    if (now > expiresAt)
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The refresh token expired at %1 and it is now %2")
                              .arg(exactDate(expiresAt), exactDate(now)));
    if (m_lastTokenAt.isValid() && m_lastTokenAt.secsTo(now) < MinRefreshSeconds) {
        SandboxResponse resp = oauthError(400, QStringLiteral("access_denied"),
                                          QStringLiteral("Rate limit exceeded: access_token not expired"));
        if (m_rotateOnTooEarly) {
            const QString next = QStringLiteral("Gcp7!IAAAA") + randomToken(36);
            m_oldRefreshTokens.insert(token);
            m_refreshTokens.remove(token);
            m_refreshTokens.insert(next, now);
            QJsonObject body = QJsonDocument::fromJson(resp.body).object();
            body.insert(QStringLiteral("refresh_token"), next);
            resp.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        resp.setHeader("Reason",
                       QStringLiteral("TooEarlyToRefreshTokens: The access token cannot be refreshed "
                                      "before 570 seconds from the last token request (%1 s ago).")
                           .arg(m_lastTokenAt.secsTo(now))
                           .toUtf8());
        return resp;
    }
    ++m_refreshes;
    return issueTokens(token);
}

SandboxResponse ExactTokenService::issueTokens(const QString& previousRefreshToken) {
    const QDateTime now = m_clock.nowUtc();
    if (!previousRefreshToken.isEmpty()) {
        m_refreshTokens.remove(previousRefreshToken);
        m_oldRefreshTokens.insert(previousRefreshToken);
    }
    const QString access = QStringLiteral("AAEAAGxWulSx") + randomToken(48);
    const QString refresh = QStringLiteral("Gcp7!IAAAA") + randomToken(36);
    m_accessTokens.insert(access, now.addSecs(AccessTokenSeconds));
    m_refreshTokens.insert(refresh, now);
    m_lastTokenAt = now;
    // expires_in is a string in Exact's own example (api/exact-online.md §1.3).
    return SandboxResponse::json(200, QJsonDocument(QJsonObject{{"access_token", access},
                                                                {"token_type", "bearer"},
                                                                {"expires_in", "600"},
                                                                {"refresh_token", refresh}}));
}

QString ExactTokenService::issueInitialRefreshToken() {
    const QString refresh = QStringLiteral("Gcp7!IAAAA") + randomToken(36);
    m_refreshTokens.insert(refresh, m_clock.nowUtc());
    return refresh;
}

bool ExactTokenService::checkAccess(const QByteArray& header, QString* why) const {
    if (!header.startsWith("Bearer ")) {
        *why = QStringLiteral("Unauthorized");
        return false;
    }
    const auto it = m_accessTokens.constFind(QString::fromLatin1(header.mid(7).trimmed()));
    if (it == m_accessTokens.cend()) {
        *why = QStringLiteral("Unauthorized");
        return false;
    }
    if (m_clock.nowUtc() >= *it) {
        *why = QStringLiteral("Unauthorized - access token expired");
        return false;
    }
    return true;
}

} // namespace il::sandbox
