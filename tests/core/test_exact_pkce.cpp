// Issue 7 point 4: the sign-in carries PKCE (S256) and a long random state, and the sandbox's
// token endpoint exchanges a code issued with a challenge only for the matching verifier.
#include "exact/Pkce.h"
#include "errors/ApiError.h"
#include "test_exact_fixture.h"

#include <QCoroNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>

using namespace exacttest;

namespace {

TEST(Pkce, ChallengeIsBase64UrlSha256OfTheVerifier) {
    // RFC 7636 Appendix B.
    EXPECT_EQ(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
              QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST(Pkce, VerifiersAndStatesAreLongFreshAndUnreserved) {
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    EXPECT_EQ(a.verifier.size(), 43);
    EXPECT_TRUE(Pkce::isValidVerifier(a.verifier)) << a.verifier.toStdString();
    EXPECT_NE(a.verifier, b.verifier);
    EXPECT_EQ(a.challenge, Pkce::challengeFor(a.verifier));
    EXPECT_EQ(Pkce::randomText(Pkce::StateBytes).size(), 43); // 32 bytes, base64url, no padding
    EXPECT_FALSE(Pkce::isValidVerifier(QStringLiteral("short")));
    EXPECT_FALSE(Pkce::isValidVerifier(QString(43, u'+')));
}

class ExactPkceTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        runSync(secrets.remove(QStringLiteral("exact.refresh_token")));
    }

    // The browser's first step: the authorization URL answers 302 to the redirect URI with a code.
    QString authorize(const QString& challenge) {
        QString path =
            QStringLiteral("/api/oauth2/auth?client_id=%1&redirect_uri=%2&response_type=code&state=s")
                .arg(credentials.exactClientId, QString::fromLatin1(QUrl::toPercentEncoding(
                                                    QStringLiteral("https://invoicelink.example/exact"))));
        if (!challenge.isEmpty())
            path += QStringLiteral("&code_challenge=%1&code_challenge_method=S256").arg(challenge);
        const HttpResponse r = rawGet(path, false);
        EXPECT_EQ(r.status, 302) << r.body.toStdString();
        return QUrlQuery(QUrl::fromEncoded(r.header("Location")))
            .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    HttpResponse exchange(const QString& code, const QString& verifier) {
        QByteArray body =
            "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
            "&redirect_uri=" + QUrl::toPercentEncoding(QStringLiteral("https://invoicelink.example/exact")) +
            "&client_id=" + credentials.exactClientId.toUtf8() +
            "&client_secret=" + credentials.exactClientSecret.toUtf8();
        if (!verifier.isNull())
            body += "&code_verifier=" + QUrl::toPercentEncoding(verifier);
        return rawTokenPost(body);
    }
    static QString oauthError(const HttpResponse& r) {
        return QJsonDocument::fromJson(r.body).object().value(u"error").toString();
    }
};

TEST_F(ExactPkceTest, TheSandboxExchangesACodeOnlyForItsVerifier) {
    const Pkce pkce = Pkce::generate();
    const HttpResponse without = exchange(authorize(pkce.challenge), QString());
    EXPECT_EQ(without.status, 400);
    EXPECT_EQ(oauthError(without), QStringLiteral("invalid_grant"));

    const HttpResponse wrong = exchange(authorize(pkce.challenge), Pkce::generate().verifier);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(oauthError(wrong), QStringLiteral("invalid_grant"));

    // A code tried with a wrong verifier is spent: guessing cannot go on.
    const QString code = authorize(pkce.challenge);
    EXPECT_EQ(exchange(code, Pkce::generate().verifier).status, 400);
    EXPECT_EQ(exchange(code, pkce.verifier).status, 400);

    const HttpResponse right = exchange(authorize(pkce.challenge), pkce.verifier);
    EXPECT_EQ(right.status, 200) << right.body.toStdString();
    EXPECT_EQ(fake->tokens().codeExchangeCount(), 1);
}

TEST_F(ExactPkceTest, TheSandboxRefusesAnUnknownChallengeMethod) {
    const HttpResponse r = rawGet(
        QStringLiteral("/api/oauth2/auth?client_id=%1&redirect_uri=https%3A%2F%2Finvoicelink.example%2Fexact"
                       "&response_type=code&code_challenge=%2&code_challenge_method=S512")
            .arg(credentials.exactClientId, Pkce::generate().challenge),
        false);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(oauthError(r), QStringLiteral("invalid_request"));
}

TEST_F(ExactPkceTest, TheSignInSendsAChallengeAStateAndTheMatchingVerifier) {
    QByteArray tokenBody;
    spy.observe = [&](const SandboxRequest& r) {
        if (r.path == QLatin1String("/api/oauth2/token"))
            tokenBody = r.body;
    };
    QUrl authorizationUrl;
    QNetworkAccessManager browser;
    SignInOptions options;
    std::optional<QCoro::Task<QString>> browsing;
    options.openBrowser = [&](const QUrl& url) {
        authorizationUrl = url;
        browsing.emplace([](QNetworkAccessManager& nam, QUrl u) -> QCoro::Task<QString> {
            QNetworkRequest req(u);
            req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = nam.get(req);
            co_await reply;
            reply->deleteLater();
            const QString location = QString::fromUtf8(reply->rawHeader("Location"));
            co_return location;
        }(browser, url));
    };
    options.askForRedirectAddress = [&]() -> QCoro::Task<QString> {
        const QString shown = co_await *browsing;
        co_return QString(shown);
    };
    const ExactTokens tokens = runSync(exact().signIn(options));
    EXPECT_FALSE(tokens.accessToken.isEmpty());

    const QUrlQuery asked(authorizationUrl);
    const QString challenge = asked.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    EXPECT_EQ(challenge.size(), 43);
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_GE(asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).size(),
              43); // ≥ 32 random bytes

    const QUrlQuery sent(QString::fromLatin1(tokenBody));
    const QString verifier = sent.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
    EXPECT_TRUE(Pkce::isValidVerifier(verifier)) << tokenBody.toStdString();
    EXPECT_EQ(Pkce::challengeFor(verifier), challenge);
    EXPECT_EQ(fake->tokens().codeExchangeCount(), 1);
}

} // namespace
