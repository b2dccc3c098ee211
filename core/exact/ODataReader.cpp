#include "exact/ODataReader.h"

#include "exact/ExactScopeError.h"
#include "exact/ODataPage.h"
#include "errors/ApiError.h"
#include "net/JsonRecord.h"
#include "net/JsonText.h"
#include "net/UrlOrigin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace il {

ODataReader::ODataReader(HttpClient& http, ExactAuth& auth, QUrl baseUrl, int division)
    : m_http(http)
    , m_auth(auth)
    , m_baseUrl(std::move(baseUrl))
    , m_division(division) {}

QByteArray ODataReader::encode(const QString& value) {
    // Quotes, parentheses, commas and colons are legal in a query and keep filters readable.
    return QUrl::toPercentEncoding(value, "'(),:");
}

QString ODataReader::divisionPath(const QString& resource) const {
    return QString::number(m_division) + u'/' + resource;
}

QUrl ODataReader::url(const QString& pathAfterApiV1, const Query& query) const {
    QByteArray text = m_baseUrl.toEncoded(QUrl::StripTrailingSlash) + "/api/v1/" +
                      QUrl::toPercentEncoding(pathAfterApiV1, "/");
    char sep = '?';
    for (const auto& [name, value] : query) {
        text += sep + name.toLatin1() + '=' + encode(value);
        sep = '&';
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

QUrl ODataReader::resolveNext(const QUrl& requestUrl, const QString& next) {
    const QUrl link = QUrl::fromEncoded(next.toUtf8(), QUrl::TolerantMode);
    if (!link.isRelative())
        return link;
    QString rest = next;
    while (rest.startsWith(QStringLiteral("../")) || rest.startsWith(QStringLiteral("./")))
        rest = rest.mid(rest.indexOf(u'/') + 1);
    if (rest.startsWith(u'/'))
        rest = rest.mid(1);
    if (rest.startsWith(QStringLiteral("api/"), Qt::CaseInsensitive))
        return requestUrl.resolved(QUrl::fromEncoded(u'/' + rest.toUtf8(), QUrl::TolerantMode));
    return requestUrl.resolved(link);
}

void ODataReader::rethrowIfRefused(const QString& what, const QString& token) const {
    const auto it = m_refused.constFind(what);
    // A 401 belongs to the token it was sent with: with a renewed token it is another request.
    if (it != m_refused.cend() && (it->token.isEmpty() || it->token == token))
        std::rethrow_exception(it->error);
}

void ODataReader::refuse(const QString& what, int status, const QString& endpoint, const QString& server,
                         const QString& token) {
    // Every 400/401/403/404 counts toward Exact's 10 errors per endpoint per hour (§3); the
    // error is remembered for the run so the same call is never sent again to hear it again.
    std::exception_ptr e;
    if (const QString scope = ExactScope::violatedScope(status, server, endpoint); !scope.isEmpty()) {
        e = std::make_exception_ptr(ExactScopeError(endpoint, scope, server));
    } else {
        ApiError error(status == 401 || status == 403 ? ApiError::Kind::Auth : ApiError::Kind::Http,
                       m_http.systemName(), what, status, server);
        if (status == 401) // the token is not accepted, and renewing it did not help
            error.withRemedy(Remedy::signInToExact());
        e = std::make_exception_ptr(error);
    }
    if (status >= 400 && status < 500 && status != 429)
        m_refused.insert(what, Refusal{e, status == 401 ? token : QString()});
    std::rethrow_exception(e);
}

QCoro::Task<QJsonObject> ODataReader::getJson(QUrl url, QString endpoint, CancelToken cancel) {
    const QString what = QStringLiteral("GET ") + endpoint;
    QString token = co_await m_auth.accessToken(cancel);
    rethrowIfRefused(what, token);
    for (int attempt = 0;; ++attempt) {
        HttpRequest req;
        req.url = url;
        req.endpoint = endpoint;
        req.throwOnHttpError = false;
        req.addHeader("Accept", "application/json");
        req.addHeader("Authorization", "Bearer " + token.toUtf8());
        const HttpResponse resp = co_await m_http.send(req, cancel);
        const QString server = HttpClient::serverMessage(resp.body, resp.header("Reason"));
        if (resp.status == 401 && attempt == 0) {
            const std::optional<QString> renewed = co_await m_auth.afterUnauthorized(token, cancel);
            if (!renewed)
                refuse(what, 401, endpoint,
                       server + QStringLiteral("; the access token is less than 570 s old, so Exact Online "
                                               "does not allow a new one yet"),
                       token);
            token = *renewed;
            continue;
        }
        if (resp.status >= 400 || resp.status < 200)
            refuse(what, resp.status, endpoint, server, token);
        QJsonParseError perr;
        const QJsonDocument doc = JsonText::parse(resp.body, &perr);
        if (perr.error != QJsonParseError::NoError)
            throw ApiError(ApiError::Kind::Parse, m_http.systemName(), what, resp.status,
                           QStringLiteral("malformed JSON (%1 at offset %2): %3")
                               .arg(perr.errorString())
                               .arg(perr.offset)
                               .arg(JsonText::around(resp.body, perr.offset)));
        if (!doc.isObject() || !doc.object().value(u"d").isObject())
            throw ApiError(ApiError::Kind::Parse, m_http.systemName(), what, resp.status,
                           QStringLiteral("the answer has no OData \"d\" object: %1")
                               .arg(QString::fromUtf8(resp.body.left(80))));
        co_return doc.object();
    }
}

QCoro::Task<QJsonObject> ODataReader::getD(QString path, Query query, QString endpoint, CancelToken cancel) {
    const QJsonObject o = co_await getJson(url(path, query), endpoint, cancel);
    co_return o.value(u"d").toObject();
}

QCoro::Task<QList<QJsonObject>> ODataReader::list(QString resource, QStringList select, QString filter,
                                                  CancelToken cancel) {
    QList<QJsonObject> out;
    RowSink collect = [&out](const QJsonObject& row) { out.append(row); };
    co_await forEach(resource, select, filter, collect, cancel);
    co_return out;
}

bool ODataReader::counts(const QString& resource) const {
    return m_observer && !resource.startsWith(QStringLiteral("bulk/"), Qt::CaseInsensitive) &&
           !resource.startsWith(QStringLiteral("sync/"), Qt::CaseInsensitive);
}

QCoro::Task<void> ODataReader::forEach(QString resource, QStringList select, QString filter, RowSink onRow,
                                       CancelToken cancel) {
    Tally tally;
    co_await forEachPage(resource, select, filter, onRow, &tally, cancel);
}

QCoro::Task<void> ODataReader::forEachPage(QString resource, QStringList select, QString filter, RowSink onRow,
                                           Tally* tally, CancelToken cancel) {
    Query query{{QStringLiteral("$select"), select.join(u',')}};
    if (!filter.isEmpty())
        query.append({QStringLiteral("$filter"), filter});
    const bool counting = counts(resource);
    if (counting)
        query.append({QStringLiteral("$inlinecount"), QStringLiteral("allpages")});
    QUrl next = url(divisionPath(resource), query);
    if (next.toEncoded().size() > MaxUrlLength)
        throw ApiError(ApiError::Kind::Http, m_http.systemName(), QStringLiteral("GET ") + resource, 0,
                       QStringLiteral("the request URL would be %1 characters, over Exact's limit of %2")
                           .arg(next.toEncoded().size())
                           .arg(MaxUrlLength));
    const QString what = QStringLiteral("GET ") + resource;
    QSet<QByteArray> seen;
    for (int page = 0; page < MaxPages; ++page) {
        seen.insert(next.toEncoded());
        const QJsonObject document = co_await getJson(next, resource, cancel);
        ODataPage read = ODataPage::read(document, m_http.systemName(), what);
        for (const QJsonObject& row : std::as_const(read.records))
            onRow(row);
        if (m_observer) {
            if (page == 0 && counting) {
                // OData v2 JSON sends `__count` as text; accept a number as well.
                const QJsonValue count = document.value(u"d").toObject().value(u"__count");
                bool ok = false;
                const int n = count.isString() ? count.toString().toInt(&ok) : count.toInt(-1);
                if ((ok || count.isDouble()) && n >= 0) {
                    tally->total += n;
                    ++tally->counted;
                }
            }
            tally->rows += int(read.records.size());
            m_observer(resource, tally->rows, tally->counted == tally->batches ? tally->total : 0);
        }
        read.records.clear(); // this page's JSON is converted; do not hold it while the next one loads
        if (read.next.isEmpty())
            co_return;
        const QUrl following = resolveNext(next, read.next);
        if (!following.isValid() || seen.contains(following.toEncoded()))
            throw ApiError(ApiError::Kind::Parse, m_http.systemName(), what, 200,
                           QStringLiteral("the __next link %1 leads nowhere new").arg(JsonRecord::shown(read.next)));
        // The bearer token goes with the request: never to another host than exact/base_url.
        if (!UrlOrigin::same(following, m_baseUrl))
            throw ApiError(ApiError::Kind::Parse, m_http.systemName(), what, 200,
                           QStringLiteral("the __next link %1 leads to %2, not to exact/base_url %3; "
                                          "it was not followed")
                               .arg(JsonRecord::shown(read.next), UrlOrigin::of(following),
                                    UrlOrigin::of(m_baseUrl)));
        next = following;
    }
    throw ApiError(ApiError::Kind::Parse, m_http.systemName(), what, 200,
                   QStringLiteral("more than %1 pages").arg(MaxPages));
}

QStringList ODataReader::guidBatches(const QString& resource, const QStringList& select, const QString& field,
                                     const QStringList& guids, int maxPerBatch) const {
    Query query{{QStringLiteral("$select"), select.join(u',')}, {QStringLiteral("$filter"), {}}};
    if (counts(resource))
        query.append({QStringLiteral("$inlinecount"), QStringLiteral("allpages")});
    const qsizetype base = url(divisionPath(resource), query).toEncoded().size();
    const qsizetype budget = MaxUrlLength - NextLinkReserve - base;
    const qsizetype separator = encode(QStringLiteral(" or ")).size();
    QStringList batches;
    QStringList current;
    qsizetype length = 0;
    for (const QString& g : guids) {
        const QString term = QStringLiteral("%1 eq guid'%2'").arg(field, g);
        const qsizetype cost = encode(term).size() + (current.isEmpty() ? 0 : separator);
        if (!current.isEmpty() && (length + cost > budget || current.size() >= maxPerBatch)) {
            batches << current.join(QStringLiteral(" or "));
            current.clear();
            length = 0;
        }
        length += encode(term).size() + (current.isEmpty() ? 0 : separator);
        current << term;
    }
    if (!current.isEmpty())
        batches << current.join(QStringLiteral(" or "));
    return batches;
}

QCoro::Task<QList<QJsonObject>> ODataReader::listByGuids(QString resource, QStringList select, QString field,
                                                         QStringList guids, int maxPerBatch,
                                                         CancelToken cancel) {
    QList<QJsonObject> out;
    RowSink collect = [&out](const QJsonObject& row) { out.append(row); };
    co_await forEachByGuids(resource, select, field, guids, maxPerBatch, collect, cancel);
    co_return out;
}

QCoro::Task<void> ODataReader::forEachByGuids(QString resource, QStringList select, QString field,
                                              QStringList guids, int maxPerBatch, RowSink onRow,
                                              CancelToken cancel) {
    guids.removeDuplicates();
    guids.removeAll(QString());
    const QStringList filters = guidBatches(resource, select, field, guids, maxPerBatch);
    Tally tally;
    tally.batches = int(filters.size());
    for (const QString& filter : filters)
        co_await forEachPage(resource, select, filter, onRow, &tally, cancel);
}

} // namespace il
