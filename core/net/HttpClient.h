#pragma once

#include "async/CancelToken.h"
#include "net/CallCounter.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace il {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    // What the call is about, for counts and messages: "purchase/PurchaseInvoices", "token",
    // "finance/agreements/{id}/additions". Defaults to the URL path.
    QString endpoint;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // When false, HTTP statuses >= 400 come back as a response instead of an ApiError
    // (callers that must read an error body themselves, like the token refresh).
    bool throwOnHttpError = true;

    // QList<QPair>::append({..., ...}) is ambiguous; this is the easy way to add a header.
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool ok() const { return status >= 200 && status < 300; }
};

// How a system wants to be called (DESIGN §3 Rate limits).
struct HttpPolicy {
    enum class RateLimit {
        ExactHeaders, // X-RateLimit-Minutely-Remaining/-Reset, X-RateLimit-Reset; wait on 429
        RetryAfter    // honour Retry-After on 429
    };
    int maxConcurrent = 4; // per host; 1 makes the calls sequential
    RateLimit rateLimit = RateLimit::RetryAfter;
    int maxRetries = 3;    // transient failures (5xx, timeouts, dropped connections) of GET and PATCH
    std::chrono::milliseconds timeout{30'000};
    std::chrono::milliseconds backoffBase{200};
    std::chrono::milliseconds backoffCap{5'000};
    std::chrono::milliseconds maxRateLimitWait{120'000}; // a longer wait fails with a clear message
    int max429Retries = 5;
    // The setting that names this system's host ("exact/base_url"), for the refusal of an
    // insecure address; empty: "the address".
    QString addressSetting;
};

// The one HTTP client of both APIs: QNetworkAccessManager awaited with QCoro, a per-host
// concurrency limit, rate limiting fed by response headers, the retry policy (never a 4xx
// other than 429, never a POST), timeouts, cancellation, and a count of every request sent.
class HttpClient : public QObject {
    Q_OBJECT
public:
    // systemName appears in every error message: "Exact Online", "ConnectWise".
    HttpClient(QString systemName, HttpPolicy policy, QObject* parent = nullptr);
    ~HttpClient() override;

    // Sends the request under the policy. Throws ApiError for HTTP errors (when
    // throwOnHttpError), network failures, timeouts and exhausted rate-limit waits;
    // throws Cancelled when the token is cancelled. Throws UserError, before anything is sent,
    // for an address that is neither https nor http to a loopback host (SecureAddress).
    QCoro::Task<HttpResponse> send(HttpRequest request, CancelToken cancel = {});

    const QString& systemName() const { return m_systemName; }
    const HttpPolicy& policy() const { return m_policy; }
    // Every request that went out on the wire, retries included, per endpoint.
    CallCounter& calls() { return m_calls; }
    const CallCounter& calls() const { return m_calls; }
    // For QOAuth2AuthorizationCodeFlow, so that its token calls are counted too.
    QNetworkAccessManager* networkAccessManager() const;

    // Turns an error body of either API (or a non-JSON body) into the server's own words.
    static QString serverMessage(const QByteArray& body, const QByteArray& reasonHeader = {});

signals:
    // A wait for a rate-limit reset began; front ends show it as progress.
    void rateLimitWait(std::chrono::milliseconds wait);

private:
    struct Impl;
    QString m_systemName;
    HttpPolicy m_policy;
    CallCounter m_calls;
    std::unique_ptr<Impl> d;
};

} // namespace il
