#include "net/HttpClient.h"

#include "log/LogCategories.h"
#include "log/LogRedact.h"
#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"
#include "async/CancellableSleep.h"
#include "net/CountingNetworkAccessManager.h"
#include "net/ErrorBody.h"
#include "net/HostGate.h"
#include "net/OneShotBody.h"
#include "net/RateLimitRules.h"
#include "net/SecureAddress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

#include <QCoroNetworkReply>

#include <algorithm>

namespace il {

using std::chrono::milliseconds;

namespace {

enum class Outcome { Response, Network, Timeout };

struct Attempt {
    Outcome outcome = Outcome::Response;
    HttpResponse response;
    QString error; // for Network and Timeout
};

// Errors where no complete HTTP answer arrived, as opposed to the ones Qt derives from a status.
bool isTransportError(QNetworkReply::NetworkError e) {
    return (e > QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied) ||
           e == QNetworkReply::ProtocolFailure;
}

bool isTransientStatus(int status) {
    return status >= 500 && status != 501 && status != 505;
}

// DESIGN §3: only requests that are safe to repeat are retried. A POST or PATCH whose answer is
// lost may have taken effect: the pusher reads the record back instead of sending it again.
bool mayRetry(const QByteArray& method) {
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

QString hostKey(const QUrl& url) {
    return url.scheme() + QStringLiteral("://") + url.host() + u':' + QString::number(url.port(0));
}

struct ReplyDeleter {
    void operator()(QNetworkReply* r) const { r->deleteLater(); }
};

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const {
    for (const auto& h : headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

struct HttpClient::Impl {
    HttpClient* q;
    CountingNetworkAccessManager* nam;
    QHash<QString, HostGate*> gates;
    QHash<QString, qint64> blockedUntilMs; // epoch ms: no request to the host before this

    HostGate* gate(const QString& host) {
        HostGate*& g = gates[host];
        if (!g)
            g = new HostGate(q->m_policy.maxConcurrent, q);
        return g;
    }

    void block(const QString& host, qint64 untilMs) {
        qint64& until = blockedUntilMs[host];
        until = std::max(until, untilMs);
    }

    milliseconds backoff(int attempt) const {
        const qint64 base = q->m_policy.backoffBase.count();
        const qint64 cap = q->m_policy.backoffCap.count();
        const qint64 full = std::min(cap, base << std::min(attempt - 1, 20));
        // Jitter in [full/2, full] keeps retries of many clients from arriving together.
        const qint64 half = full / 2;
        return milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
    }

    QCoro::Task<> waitForWindow(const QString& host, const QString& what, const CancelToken& cancel);
    QCoro::Task<Attempt> sendOnce(const HttpRequest& request, const CancelToken& cancel);
};

HttpClient::HttpClient(QString systemName, HttpPolicy policy, QObject* parent)
    : QObject(parent)
    , m_systemName(std::move(systemName))
    , m_policy(policy)
    , d(std::make_unique<Impl>()) {
    d->q = this;
    d->nam = new CountingNetworkAccessManager(m_calls, this);
}

HttpClient::~HttpClient() = default;

QNetworkAccessManager* HttpClient::networkAccessManager() const {
    return d->nam;
}

QString HttpClient::serverMessage(const QByteArray& body, const QByteArray& reasonHeader) {
    return ErrorBody::message(body, reasonHeader);
}

QCoro::Task<> HttpClient::Impl::waitForWindow(const QString& host, const QString& what,
                                              const CancelToken& cancel) {
    const qint64 until = blockedUntilMs.value(host);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (until <= now)
        co_return;
    const milliseconds wait(until - now + RateLimitRules::SafetyMarginMs);
    if (wait > q->m_policy.maxRateLimitWait)
        throw ApiError(ApiError::Kind::RateLimited, q->m_systemName, what, 429,
                       RateLimitRules::tooLongMessage(wait, q->m_policy.maxRateLimitWait));
    // An unattended run that seems to hang is most often waiting here: say so, and for how long.
    qCInfo(lcHttp).noquote() << q->m_systemName << "rate limit: waiting" << wait.count() << "ms before"
                             << what;
    emit q->rateLimitWait(wait);
    co_await sleepFor(wait, cancel);
}

QCoro::Task<Attempt> HttpClient::Impl::sendOnce(const HttpRequest& request, const CancelToken& cancel) {
    cancel.throwIfCancelled();
    QNetworkRequest qr(request.url);
    qr.setAttribute(CountingNetworkAccessManager::EndpointAttribute, request.endpoint);
    // Every hop is a request of its own to count and judge; nothing is followed behind our back.
    qr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& h : request.headers)
        qr.setRawHeader(h.first, h.second);

    auto* body = new OneShotBody(request.body);
    qr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    qr.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    QNetworkReply* raw = nam->sendCustomRequest(qr, request.method, body);
    body->setParent(raw);
    std::unique_ptr<QNetworkReply, ReplyDeleter> reply(raw);

    // Aborts are queued so the awaiting coroutine never resumes inside a timer or cancel signal.
    bool timedOut = false;
    bool cancelled = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, raw, [raw, &timedOut] {
        timedOut = true;
        QMetaObject::invokeMethod(raw, &QNetworkReply::abort, Qt::QueuedConnection);
    });
    timer.start(q->m_policy.timeout);
    QMetaObject::Connection onCancel;
    if (CancelFlag* flag = cancel.flag())
        onCancel = QObject::connect(flag, &CancelFlag::cancelled, raw, [raw, &cancelled] {
            cancelled = true;
            QMetaObject::invokeMethod(raw, &QNetworkReply::abort, Qt::QueuedConnection);
        });

    QElapsedTimer elapsed;
    elapsed.start();
    co_await raw;
    timer.stop();
    QObject::disconnect(onCancel);
    if (cancelled || cancel.isCancelled())
        throw Cancelled();

    Attempt a;
    a.response.status = raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (raw->isOpen())
        a.response.body = raw->readAll();
    a.response.headers = raw->rawHeaderPairs();
    a.response.url = raw->url();
    // Per-request detail: method, the URL without credentials, status, time. Headers and bodies
    // are never logged (Authorization, clientId, the token form all travel there).
    qCDebug(lcHttp).noquote() << q->m_systemName << request.method << LogRedact::url(request.url) << "->"
                              << (timedOut ? QStringLiteral("timeout") : QString::number(a.response.status))
                              << "in" << elapsed.elapsed() << "ms," << a.response.body.size() << "bytes";
    if (timedOut) {
        a.outcome = Outcome::Timeout;
        a.error = QStringLiteral("no response within %1").arg(RateLimitRules::describe(q->m_policy.timeout));
        co_return a;
    }
    const QNetworkReply::NetworkError err = raw->error();
    if (a.response.status == 0 || isTransportError(err)) {
        a.outcome = Outcome::Network;
        a.error = a.response.status ? QStringLiteral("the response was cut off (%1)").arg(raw->errorString())
                                    : raw->errorString();
        co_return a;
    }
    bool hasLength = false;
    const qint64 length = a.response.header("Content-Length").toLongLong(&hasLength);
    if (hasLength && length > a.response.body.size()) {
        a.outcome = Outcome::Network;
        a.error = QStringLiteral("the response was cut off after %1 of %2 bytes")
                      .arg(a.response.body.size())
                      .arg(length);
    }
    co_return a;
}

QCoro::Task<HttpResponse> HttpClient::send(HttpRequest request, CancelToken cancel) {
    // Every request carries a bearer token or API keys: none of it may travel in clear text.
    if (const QString refused = SecureAddress::problem(m_policy.addressSetting, request.url);
        !refused.isEmpty())
        throw UserError(m_systemName + QStringLiteral(": ") + refused);
    if (request.endpoint.isEmpty())
        request.endpoint = request.url.path();
    const QString what = QString::fromLatin1(request.method) + u' ' + request.endpoint;
    const QString host = hostKey(request.url);
    const bool retryable = mayRetry(request.method);
    int transientFailures = 0;
    int rateLimited = 0;

    for (;;) {
        HostGate* gate = d->gate(host);
        co_await gate->acquire(cancel);
        GateSlot slot(gate);
        co_await d->waitForWindow(host, what, cancel);
        Attempt a = co_await d->sendOnce(request, cancel);
        slot.release();

        if (a.outcome == Outcome::Response) {
            const HttpResponse& r = a.response;
            if (m_policy.rateLimit == HttpPolicy::RateLimit::ExactHeaders)
                if (const qint64 until = RateLimitRules::exactBlockedUntil(r); until > 0)
                    d->block(host, until);
            if (r.status == 429) {
                const milliseconds wait = RateLimitRules::waitAfter429(r, m_policy.rateLimit);
                const QString msg = serverMessage(r.body, r.header("Reason"));
                if (wait > m_policy.maxRateLimitWait)
                    throw ApiError(ApiError::Kind::RateLimited, m_systemName, what, 429,
                                   msg + QStringLiteral("; ") +
                                       RateLimitRules::tooLongMessage(wait, m_policy.maxRateLimitWait));
                if (++rateLimited > m_policy.max429Retries) {
                    if (!request.throwOnHttpError)
                        co_return r;
                    throw ApiError(ApiError::Kind::RateLimited, m_systemName, what, 429,
                                   msg +
                                       QStringLiteral("; still limited after %1 waits").arg(rateLimited - 1));
                }
                qCInfo(lcHttp).noquote()
                    << m_systemName << what << "answered 429: waiting" << wait.count() << "ms, wait"
                    << rateLimited << "of at most" << m_policy.max429Retries;
                d->block(host, QDateTime::currentMSecsSinceEpoch() + wait.count());
                continue;
            }
            if (isTransientStatus(r.status) && retryable && transientFailures < m_policy.maxRetries) {
                const milliseconds pause = d->backoff(++transientFailures);
                qCInfo(lcHttp).noquote()
                    << m_systemName << what << "answered" << r.status << "- retry" << transientFailures
                    << "of" << m_policy.maxRetries << "in" << pause.count() << "ms";
                co_await sleepFor(pause, cancel);
                continue;
            }
            if (r.status >= 400 && request.throwOnHttpError) {
                const auto kind =
                    (r.status == 401 || r.status == 403) ? ApiError::Kind::Auth : ApiError::Kind::Http;
                throw ApiError(kind, m_systemName, what, r.status, serverMessage(r.body, r.header("Reason")),
                               QString::fromUtf8(r.header("x-cw-request-id")));
            }
            co_return r;
        }

        if (retryable && transientFailures < m_policy.maxRetries) {
            const milliseconds pause = d->backoff(++transientFailures);
            qCInfo(lcHttp).noquote() << m_systemName << what
                                     << QStringLiteral("failed (%1), retry").arg(LogRedact::text(a.error))
                                     << transientFailures << "of" << m_policy.maxRetries << "in"
                                     << pause.count() << "ms";
            co_await sleepFor(pause, cancel);
            continue;
        }
        const auto kind = a.outcome == Outcome::Timeout ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        QString msg = a.error;
        if (transientFailures > 0)
            msg += QStringLiteral(" (after %1 attempts)").arg(transientFailures + 1);
        throw ApiError(kind, m_systemName, what, 0, msg);
    }
}

} // namespace il
