#pragma once

#include "exact/ExactAuth.h"
#include "async/CancelToken.h"
#include "net/HttpClient.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <exception>
#include <functional>

namespace il {

// Reads Exact Online's OData v2 REST API (api/exact-online.md §2): every GET carries a $select
// (and a $filter where the caller has one), pages are followed through `__next` whether it is
// absolute or relative, `$skip` is never used, and every URL stays under Exact's 6,000
// characters (id lists are split into `or` batches that fit). Both envelopes are accepted:
// {"d":{"results":[…]}} and {"d":{…}}; anything else fails the read (ODataPage), and a `__next`
// to another origin than the base URL is refused, never followed with the token. A 401 gets one
// retry with a renewed token when Exact's 570-second rule allows it.
// Exact blocks an endpoint after 10 errors (400/401/403/404) in an hour (api/exact-online.md §3),
// so a 4xx answer is remembered per method and endpoint for the run (forgetRefusals starts a new
// one) and a repeat is answered from memory, without a call; a 401 only while the access token
// it was answered to is still the one in use. A 403 "Application Scope Violated" becomes an
// ExactScopeError naming the scope the app lacks and what it was needed for.
class ODataReader {
public:
    static constexpr int MaxUrlLength = 6000;
    // Exact appends $skiptoken=guid'…' to our query in `__next`; leave room for it.
    static constexpr int NextLinkReserve = 160;
    static constexpr int MaxPages = 100'000;

    using Query = QList<QPair<QString, QString>>;

    ODataReader(HttpClient& http, ExactAuth& auth, QUrl baseUrl, int division);

    // Every record of {division}/{resource} matching the filter, all pages.
    QCoro::Task<QList<QJsonObject>> list(QString resource, QStringList select, QString filter,
                                         CancelToken cancel = {});
    // Records whose `field` equals one of `guids`, fetched in batches of at most `maxPerBatch`
    // ids whose "field eq guid'…' or …" filter keeps the URL under the limit.
    QCoro::Task<QList<QJsonObject>> listByGuids(QString resource, QStringList select, QString field,
                                                QStringList guids, int maxPerBatch, CancelToken cancel = {});
    // The same reads, handing each record to `onRow` as its page arrives: the caller keeps only
    // what it converts, so a month's parsed JSON never sits in memory all at once (issue 9 §10).
    // An exception from `onRow` ends the read with it.
    using RowSink = std::function<void(const QJsonObject&)>;
    QCoro::Task<void> forEach(QString resource, QStringList select, QString filter, RowSink onRow,
                              CancelToken cancel = {});
    QCoro::Task<void> forEachByGuids(QString resource, QStringList select, QString field, QStringList guids,
                                     int maxPerBatch, RowSink onRow, CancelToken cancel = {});
    // The `d` object of a GET on /api/v1/{path} (path "current/Me" or "{division}/users/...").
    QCoro::Task<QJsonObject> getD(QString path, Query query, QString endpoint, CancelToken cancel = {});

    // The batched filters listByGuids would send, for tests and call planning.
    QStringList guidBatches(const QString& resource, const QStringList& select, const QString& field,
                            const QStringList& guids, int maxPerBatch) const;

    QUrl url(const QString& pathAfterApiV1, const Query& query) const;
    // `__next` against the URL that returned it: absolute links as they are; host-anchored
    // relative links ("../api/v1/…", "/api/v1/…") from the host; others from the request URL.
    static QUrl resolveNext(const QUrl& requestUrl, const QString& next);

    // Told after every page of a read (list, forEach, and the batches of a ByGuids read taken
    // together): the resource, the rows read so far and the rows the read gives in all (0 while
    // not known). While one is set, reads ask for the count in their first page
    // ($inlinecount=allpages: Exact adds `__count` to the page, no extra call against the rate
    // limit); not on bulk/ and sync/ endpoints, whose support for it is not documented (a
    // refused option would cost one of the 10 errors an hour). A ByGuids read knows its total
    // once every batch has begun.
    using PageObserver = std::function<void(const QString& resource, int rows, int total)>;
    void setPageObserver(PageObserver observer) { m_observer = std::move(observer); }

    // Forgets the remembered 4xx answers: a new run may send those calls again.
    void forgetRefusals() { m_refused.clear(); }

    int division() const { return m_division; }
    void setDivision(int division) { m_division = division; }
    HttpClient& http() { return m_http; }

private:
    // Rows and counts of one read across its batches, for the page observer.
    struct Tally {
        int rows = 0;
        int total = 0;
        int batches = 1;   // batches of the read
        int counted = 0;   // batches whose count is known
    };
    QCoro::Task<void> forEachPage(QString resource, QStringList select, QString filter, RowSink onRow,
                                  Tally* tally, CancelToken cancel);
    bool counts(const QString& resource) const;
    QCoro::Task<QJsonObject> getJson(QUrl url, QString endpoint, CancelToken cancel);
    void rethrowIfRefused(const QString& what, const QString& token) const;
    // Throws the error for a 4xx (or other failing) answer, remembering a 4xx but 429.
    [[noreturn]] void refuse(const QString& what, int status, const QString& endpoint, const QString& server,
                             const QString& token);
    QString divisionPath(const QString& resource) const;
    static QByteArray encode(const QString& value);

    HttpClient& m_http;
    ExactAuth& m_auth;
    QUrl m_baseUrl;
    int m_division;
    struct Refusal {
        std::exception_ptr error;
        QString token; // for a 401 only: the access token it was answered to
    };
    QHash<QString, Refusal> m_refused; // "GET system/Divisions" → the error it gave
    PageObserver m_observer;
};

} // namespace il
