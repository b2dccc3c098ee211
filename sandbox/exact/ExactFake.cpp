#include "sandbox/exact/ExactFake.h"

#include "sandbox/exact/ExactCollectionQuery.h"
#include "sandbox/exact/ExactEntities.h"
#include "sandbox/exact/ExactScopes.h"
#include "sandbox/exact/ODataFilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace il::sandbox {

namespace {
const QString kApi = QStringLiteral("/api/v1/");
const QString kOAuth = QStringLiteral("/api/oauth2/");

// "/api/v1/123/purchase/PurchaseInvoices" → "purchase/PurchaseInvoices" (and the division).
QString restOf(const QString& path, QString* division) {
    const QString tail = path.mid(kApi.size());
    const qsizetype slash = tail.indexOf(u'/');
    if (division)
        *division = slash < 0 ? tail : tail.left(slash);
    return slash < 0 ? QString() : tail.mid(slash + 1);
}
} // namespace

ExactFake::ExactFake(ExactData& data, SandboxCredentials& credentials, SandboxClock& clock)
    : m_data(data)
    , m_clock(clock)
    , m_tokens(credentials, clock)
    , m_baseUrl(QStringLiteral("http://127.0.0.1")) {}

SandboxResponse ExactFake::error(int status, const QString& message) {
    const QJsonObject e{{"code", ""}, {"message", QJsonObject{{"lang", ""}, {"value", message}}}};
    return SandboxResponse::json(status, QJsonDocument(QJsonObject{{"error", e}}));
}

bool ExactFake::handles(const SandboxRequest& r) const {
    return r.path.startsWith(kApi) || r.path.startsWith(kOAuth);
}

QString ExactFake::endpointOf(const SandboxRequest& r) const {
    if (r.path.startsWith(kOAuth)) {
        const QString what = r.path.mid(kOAuth.size());
        return QStringLiteral("exact ") +
               (what == u"token" ? QStringLiteral("token") : QStringLiteral("auth"));
    }
    QString division;
    const QString rest = restOf(r.path, &division);
    if (division == u"current")
        return QStringLiteral("exact current/") + rest;
    if (const ExactEntitySet* set = ExactEntities::find(rest))
        return QStringLiteral("exact ") + set->path;
    return QStringLiteral("exact ") + rest;
}

SandboxResponse ExactFake::handle(const SandboxRequest& r) {
    if (r.path == kOAuth + QStringLiteral("auth"))
        return m_tokens.authorize(r);
    if (r.path == kOAuth + QStringLiteral("token"))
        return m_tokens.token(r);
    if (r.path.startsWith(kOAuth))
        return error(404, QStringLiteral("Not found"));
    if (r.url.toString(QUrl::FullyEncoded).size() > MaxUrlLength) {
        SandboxResponse resp;
        resp.status = 414;
        resp.setHeader("Content-Type", "text/html; charset=us-ascii");
        resp.body =
            "<HTML><HEAD><TITLE>Request URL Too Long</TITLE></HEAD>"
            "<BODY><h2>Request URL Too Long</h2><hr><p>HTTP Error 414. The request URL is too long.</p>"
            "</BODY></HTML>";
        return resp;
    }
    // Exact's error budget: the 11th call of the hour to an endpoint that erred 10 times is
    // blocked, whatever it asks (api/exact-online.md §3).
    QString division;
    restOf(r.path, &division);
    const QString endpoint = endpointOf(r);
    const QDateTime now = m_clock.nowUtc();
    if (m_budget.blocked(m_data.userId, division, endpoint, now))
        return blockedAnswer(now);
    SandboxResponse resp;
    try {
        resp = handleApi(r);
    } catch (const ODataError& e) {
        resp = error(e.status(), e.message());
    }
    m_budget.record(m_data.userId, division, endpoint, resp.status, now);
    return resp;
}

SandboxResponse ExactFake::blockedAnswer(const QDateTime& now) {
    // Inferred: Exact documents the block but not its answer. A refusal for too many calls is
    // 429 in Exact's error shape (§3), so the block is modelled the same way, without the
    // X-RateLimit headers (they describe the call limits, not this block) and with Retry-After
    // until the block is lifted, so a client can tell it will not end within its run.
    SandboxResponse resp =
        error(429, QStringLiteral("Too many errors: this API key made %1 errors on this endpoint for this user and "
                                  "division within the hour and is blocked until %2 UTC.")
                       .arg(ExactErrorBudget::ErrorsPerHour)
                       .arg(ExactErrorBudget::liftedAt(now).toString(QStringLiteral("HH:mm"))));
    resp.setHeader("Retry-After", QByteArray::number(now.secsTo(ExactErrorBudget::liftedAt(now))));
    return resp;
}

SandboxResponse ExactFake::handleApi(const SandboxRequest& r) {
    QString why;
    if (!m_tokens.checkAccess(r.header("authorization"), &why))
        return error(401, why);
    if (!r.header("accept").contains("json")) {
        // Without a JSON Accept header the service answers Atom XML (api/exact-online.md §2.1).
        SandboxResponse resp;
        resp.setHeader("Content-Type", "application/atom+xml;type=feed;charset=utf-8");
        resp.body =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>";
        return resp;
    }
    if (r.method != "GET")
        return error(
            405,
            QStringLiteral("The HTTP verb %1 is not supported here.").arg(QString::fromLatin1(r.method)));
    QString division;
    const QString rest = restOf(r.path, &division);
    if (division == u"current") {
        if (rest.compare(QStringLiteral("Me"), Qt::CaseInsensitive) == 0)
            return me(r);
        return error(404, QStringLiteral("Not found"));
    }
    return divisionCall(r, rest);
}

SandboxResponse ExactFake::divisionCall(const SandboxRequest& r, const QString& rest) {
    QString division;
    restOf(r.path, &division);
    bool numeric = false;
    const int div = division.toInt(&numeric);
    if (!numeric)
        return error(400, QStringLiteral("Invalid division '%1'.").arg(division));
    const ExactRateLimiter::Decision limit = m_limiter.take(div, QDateTime::currentMSecsSinceEpoch());
    SandboxResponse resp;
    if (!limit.allowed) {
        resp = error(429, QStringLiteral("Too many requests. Maximum number of API calls per %1 exceeded.")
                              .arg(limit.minutelyHit ? QStringLiteral("minute") : QStringLiteral("day")));
    } else if (div != m_data.division && !m_data.otherDivisions.contains(div)) {
        // A division the user does not reach is refused, never answered with another's data.
        resp = error(403, QStringLiteral("Forbidden - User division is not within division scope"));
    } else if (const QString scope = ExactScopes::scopeOf(rest);
               !scope.isEmpty() && !m_data.grantedScopes.contains(scope)) {
        // Since 2024 an app reaches only the resources of the scopes it was granted (§1.9).
        resp = error(403, ExactScopes::violation(scope));
    } else if (rest.compare(QStringLiteral("users/UserHasRights"), Qt::CaseInsensitive) == 0) {
        resp = userHasRights(r);
    } else if (const ExactEntitySet* set = ExactEntities::find(rest)) {
        // The other administrations hold no invoices; the division list is the user's, not the
        // division's.
        const bool own = div == m_data.division || set->path == QLatin1String("system/Divisions");
        // The own division's rows come from the cache (built once per change of the data).
        std::optional<ExactSetRows> other;
        if (!own)
            other.emplace(*set, set->rows(emptyDivision(div)));
        ExactSetRows& rows = own ? m_rows.rowsOf(*set, m_data) : *other;
        try {
            resp = ExactCollectionQuery(*set, m_baseUrl, div)
                       .answer(r, rows, isDenied(set->path), m_raw.isEmpty() ? nullptr : &m_raw);
        } catch (const ODataError& e) {
            resp = error(e.status(), e.message());
        }
    } else {
        resp = error(404, QStringLiteral("Not found"));
    }
    for (const auto& h : limit.headers)
        resp.setHeader(h.first, h.second);
    return resp;
}

ExactData ExactFake::emptyDivision(int division) const {
    ExactData d;
    d.division = division;
    d.divisionName = m_data.otherDivisions.value(division);
    d.userId = m_data.userId;
    d.userFullName = m_data.userFullName;
    d.userEmail = m_data.userEmail;
    return d;
}

bool ExactFake::isDenied(const QString& endpoint) const {
    for (const QString& denied : m_data.deniedEndpoints)
        if (denied.compare(endpoint, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

SandboxResponse ExactFake::userHasRights(const SandboxRequest& r) const {
    auto unquote = [](QString s) {
        s = s.trimmed();
        if (s.size() >= 2 && s.startsWith(u'\'') && s.endsWith(u'\''))
            s = s.mid(1, s.size() - 2);
        return s;
    };
    const QString endpoint = unquote(r.queryValue(QStringLiteral("endpoint")));
    const QString action = unquote(r.queryValue(QStringLiteral("action")));
    if (endpoint.isEmpty() || action.isEmpty())
        return error(400, QStringLiteral("Both 'endpoint' and 'action' must be given."));
    const bool known = ExactEntities::find(endpoint) != nullptr;
    const bool has =
        known && action.compare(QStringLiteral("GET"), Qt::CaseInsensitive) == 0 && !isDenied(endpoint);
    return SandboxResponse::json(200, QJsonDocument(QJsonObject{{"d", QJsonObject{{"UserHasRights", has}}}}));
}

SandboxResponse ExactFake::me(const SandboxRequest& r) const {
    const QJsonObject all{
        {"UserID", m_data.userId},
        {"CurrentDivision", m_data.currentDivision ? m_data.currentDivision : m_data.division},
        {"FullName", m_data.userFullName},
        {"Email", m_data.userEmail},
        {"UserName", m_data.userEmail},
        {"LanguageCode", "nl-NL"},
        {"Legislation", 1},
        {"DivisionCustomerName", m_data.divisionName},
        {"ServerTime", toWireDate(QDateTime::currentDateTimeUtc())},
        {"ServerUtcOffset", 0},
    };
    QJsonObject row{
        {"__metadata",
         QJsonObject{{"uri", m_baseUrl.toString() +
                                 QStringLiteral("/api/v1/current/Me(guid'%1')").arg(m_data.userId)},
                     {"type", "Exact.Web.Api.System.Me"}}}};
    const QString select = r.queryValue(QStringLiteral("$select"));
    for (const QString& part : select.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!all.contains(name))
            return error(
                400, QStringLiteral("The property '%1', used in a query expression, is not defined in type "
                                    "'Exact.Web.Api.System.Me'.")
                         .arg(name));
        row.insert(name, all.value(name));
    }
    if (select.trimmed().isEmpty())
        for (auto it = all.begin(); it != all.end(); ++it)
            row.insert(it.key(), it.value());
    return SandboxResponse::json(
        200, QJsonDocument(QJsonObject{{"d", QJsonObject{{"results", QJsonArray{row}}}}}));
}

} // namespace il::sandbox
