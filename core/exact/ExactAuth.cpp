#include "exact/ExactAuth.h"

#include "async/CancellableSleep.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "log/LogCategories.h"
#include "settings/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

namespace il {

using namespace std::chrono_literals;

namespace {
constexpr auto kLockWait = 60s;
constexpr auto kStaleLock = 120s;

QByteArray formValue(const QString& v) {
    return QUrl::toPercentEncoding(v);
}

QString tokenText(const QJsonValue& v) {
    if (v.isString())
        return v.toString().trimmed();
    return {};
}
} // namespace

ExactAuth::ExactAuth(QUrl baseUrl, QString clientId, SecretStore& store, HttpClient& http, Clock& clock,
                     QString lockFilePath)
    : m_baseUrl(std::move(baseUrl))
    , m_clientId(std::move(clientId))
    , m_vault(store)
    , m_http(http)
    , m_clock(clock)
    , m_lockFilePath(std::move(lockFilePath)) {}

ExactAuth::~ExactAuth() = default;

QUrl ExactAuth::tokenUrl() const {
    return m_baseUrl.resolved(QUrl(QStringLiteral("/api/oauth2/token")));
}

QUrl ExactAuth::authorizationUrl() const {
    return m_baseUrl.resolved(QUrl(QStringLiteral("/api/oauth2/auth")));
}

UserError ExactAuth::expiredError(const QString& exactSays) {
    QString problem = QStringLiteral("The Exact Online sign-in expired after 30 days without use");
    if (!exactSays.isEmpty())
        problem += QStringLiteral(" (Exact Online: %1)").arg(exactSays);
    return UserError(problem, Remedy::signInToExact());
}

UserError ExactAuth::notSignedInError() {
    // A refresh token obtained elsewhere may be stored by hand instead of signing in here.
    return UserError(QStringLiteral("Not signed in to Exact Online yet"),
                     Remedy::signInToExact(QStringLiteral("exact.refresh_token")));
}

std::optional<qint64> ExactAuth::refreshTokenDaysLeft(const ExactTokens& t) const {
    const QDateTime expires = t.refreshExpiresAt();
    if (!expires.isValid())
        return std::nullopt;
    return std::max<qint64>(0, m_clock.nowUtc().secsTo(expires) / 86400);
}

QCoro::Task<QString> ExactAuth::accessToken(CancelToken cancel) {
    // The common case needs no lock: a usable token in the store.
    const ExactTokens stored = co_await m_vault.load();
    if (stored.accessUsable(m_clock.nowUtc()))
        co_return stored.accessToken;
    const Outcome o = co_await underLock(Need::IfExpiring, {}, cancel);
    co_return o.tokens.accessToken;
}

QCoro::Task<std::optional<QString>> ExactAuth::afterUnauthorized(QString rejected, CancelToken cancel) {
    const Outcome o = co_await underLock(Need::AfterUnauthorized, rejected, cancel);
    if (o.refused)
        co_return std::nullopt;
    co_return o.tokens.accessToken;
}

QCoro::Task<ExactAuth::KeepAlive> ExactAuth::keepAlive(CancelToken cancel) {
    const Outcome o = co_await underLock(Need::KeepAlive, {}, cancel);
    co_return KeepAlive{o.refreshed, o.tokens.refreshExpiresAt()};
}

QCoro::Task<ExactAuth::Outcome> ExactAuth::underLock(Need need, QString rejected, CancelToken cancel) {
    co_await m_gate.acquire(cancel);
    GateSlot slot(&m_gate);
    const std::unique_ptr<QLockFile> lock = co_await lockAcrossProcesses(cancel);

    // Another process may have refreshed while we waited: decide on what the store holds now.
    Outcome o;
    o.tokens = co_await m_vault.load();
    const QDateTime now = m_clock.nowUtc();
    ExactTokens& t = o.tokens;
    if (need == Need::IfExpiring && t.accessUsable(now))
        co_return o;
    if (need == Need::AfterUnauthorized && t.accessUsable(now) && t.accessToken != rejected)
        co_return o;
    if (!t.hasRefreshToken())
        throw notSignedInError();
    if (t.refreshExpiresAt().isValid() && now > t.refreshExpiresAt())
        throw expiredError();
    if (!t.refreshAllowed(now)) {
        if (need == Need::KeepAlive)
            co_return o; // renewed less than 570 s ago: nothing to keep alive
        if (need == Need::AfterUnauthorized) {
            o.refused = true;
            co_return o;
        }
        // Only when the access token went missing right after another process's refresh.
        throw UserError(
            QStringLiteral("The Exact Online token was renewed %1 s ago but its access token is missing; "
                           "Exact allows the next renewal in %2 s")
                .arg(t.ageSeconds(now))
                .arg(ExactTokens::MinRefreshSeconds - t.ageSeconds(now)));
    }
    // The token itself is never logged: only why it is renewed and how old the old one was.
    const char* why = need == Need::KeepAlive           ? "keep-alive"
                      : need == Need::AfterUnauthorized ? "refused by Exact"
                                                        : "expiring";
    const qint64 age = t.ageSeconds(now);
    qCInfo(lcExact).noquote() << QStringLiteral("renewing the access token (%1; %2)")
                                     .arg(QLatin1String(why),
                                          age < 0 ? QStringLiteral("none stored yet")
                                                  : QStringLiteral("the old one is %1 s old").arg(age));
    t = co_await refresh(t, cancel);
    o.refreshed = true;
    qCInfo(lcExact).noquote() << "access token renewed; the refresh token is valid until"
                              << t.refreshExpiresAt().toString(Qt::ISODate);
    co_return o;
}

QCoro::Task<std::unique_ptr<QLockFile>> ExactAuth::lockAcrossProcesses(CancelToken cancel) {
    if (m_lockFilePath.isEmpty())
        co_return std::unique_ptr<QLockFile>();
    PrivateFiles::makeFolder(QFileInfo(m_lockFilePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_lockFilePath);
    lock->setStaleLockTime(kStaleLock);
    // Poll instead of QLockFile::lock(): a coroutine on the GUI thread must never block.
    const auto until = std::chrono::steady_clock::now() + kLockWait;
    bool waited = false;
    while (!lock->tryLock(0)) {
        if (!waited)
            qCDebug(lcExact).noquote()
                << "waiting for the token lock" << m_lockFilePath << "(another process renews)";
        waited = true;
        if (lock->error() == QLockFile::PermissionError || lock->error() == QLockFile::UnknownError)
            throw UserError(QStringLiteral("Cannot create the Exact token lock file %1").arg(m_lockFilePath));
        if (std::chrono::steady_clock::now() > until)
            throw UserError(
                QStringLiteral("Another InvoiceLink process has held the Exact token lock %1 for over a "
                               "minute; try again later")
                    .arg(m_lockFilePath));
        co_await sleepFor(25ms, cancel);
    }
    PrivateFiles::restrict(m_lockFilePath); // QLockFile makes it 0644; it names this process
    co_return lock;
}

QCoro::Task<ExactTokens> ExactAuth::refresh(ExactTokens current, CancelToken cancel) {
    const QString secret = co_await m_vault.clientSecret();
    HttpRequest req;
    req.method = "POST";
    req.url = tokenUrl();
    req.endpoint = QStringLiteral("token");
    req.throwOnHttpError = false;
    req.addHeader("Content-Type", "application/x-www-form-urlencoded");
    req.addHeader("Accept", "application/json");
    req.body = "grant_type=refresh_token&refresh_token=" + formValue(current.refreshToken) +
               "&client_id=" + formValue(m_clientId) + "&client_secret=" + formValue(secret);
    HttpResponse resp;
    std::optional<ApiError> lost;
    try {
        resp = co_await m_http.send(req, cancel);
    } catch (const ApiError& e) {
        if (e.kind() != ApiError::Kind::Network && e.kind() != ApiError::Kind::Timeout)
            throw;
        lost = e;
    }
    if (lost)
        throw lostAnswer(*lost);
    co_return co_await accept(resp.status, resp.body, resp.header("Reason"), current,
                              QStringLiteral("POST token"));
}

ApiError ExactAuth::lostAnswer(const ApiError& e) const {
    // The POST may have reached Exact, which then rotated the refresh token and killed the one
    // we hold, while its answer (with the new one) never came (api/exact-online.md §1.5). The
    // refresh is not repeated: within 570 s Exact refuses it anyway, and a second refusal counts
    // toward its error limit. Say what may have happened and what to do.
    return ApiError(e.kind(), e.system(), QStringLiteral("POST token"), 0,
                    QStringLiteral("%1 did not answer the token refresh (%2); Exact may already have "
                                   "replaced the refresh token, in which case the stored one no longer "
                                   "works. Try again in 10 minutes (Exact refuses an earlier refresh); "
                                   "if it then says the sign-in is invalid or an old refresh token was "
                                   "used, sign in again")
                        .arg(e.system(), e.serverMessage()))
        .withRemedy(Remedy::signInToExact());
}

QCoro::Task<ExactTokens> ExactAuth::acceptSignInAnswer(int status, QByteArray body) {
    co_await m_gate.acquire({});
    GateSlot slot(&m_gate);
    const std::unique_ptr<QLockFile> lock = co_await lockAcrossProcesses({});
    co_return co_await accept(status, body, {}, ExactTokens{}, QStringLiteral("POST token"));
}

QCoro::Task<ExactTokens> ExactAuth::accept(int status, QByteArray body, QByteArray reason,
                                           ExactTokens current, QString what) {
    const QString system = m_http.systemName();
    QJsonParseError perr;
    const QJsonObject o = QJsonDocument::fromJson(body, &perr).object();
    // Whatever refresh token comes back is the live one now, even on an error answer
    // (api/exact-online.md §1.5, picqer#559): keep it before anything else can fail.
    const QString newRefresh = tokenText(o.value(u"refresh_token"));
    if (!newRefresh.isEmpty() && newRefresh != current.refreshToken) {
        co_await m_vault.saveRefreshToken(newRefresh);
        current.refreshToken = newRefresh;
    }
    const QString access = tokenText(o.value(u"access_token"));
    if (status >= 200 && status < 300) {
        if (perr.error != QJsonParseError::NoError || access.isEmpty())
            throw ApiError(ApiError::Kind::Parse, system, what, status,
                           QStringLiteral("the token answer holds no access_token: %1")
                               .arg(HttpClient::serverMessage(body)));
        if (newRefresh.isEmpty() && current.refreshToken.isEmpty())
            throw ApiError(ApiError::Kind::Parse, system, what, status,
                           QStringLiteral("the token answer holds no refresh_token"));
        current.accessToken = access;
        current.obtainedAt = m_clock.nowUtc();
        co_await m_vault.save(current); // before the caller uses the access token
        co_return current;
    }

    const QString error = tokenText(o.value(u"error"));
    const QString description = tokenText(o.value(u"error_description"));
    if (error == u"invalid_request" && description.contains(QStringLiteral("expired"), Qt::CaseInsensitive))
        throw expiredError(description);
    if (description.contains(QStringLiteral("Old refresh token"), Qt::CaseInsensitive))
        throw UserError(
            QStringLiteral("Exact Online refused the stored refresh token (%1): another program or a copy "
                           "of this configuration has renewed it since")
                .arg(description),
            Remedy::signInToExact());
    const auto kind = status == 401 || status == 403 || error == u"access_denied" || error == u"invalid_grant"
                          ? ApiError::Kind::Auth
                          : ApiError::Kind::Http;
    throw ApiError(kind, system, what, status, HttpClient::serverMessage(body, reason));
}

} // namespace il
