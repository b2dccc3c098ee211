#include "sandbox/connectwise/ConnectWiseFake.h"

#include "sandbox/SandboxClock.h"
#include "sandbox/connectwise/CwErrors.h"
#include "sandbox/connectwise/CwListQuery.h"
#include "sandbox/connectwise/CwRecordReader.h"
#include "sandbox/connectwise/CwVersionGate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace il::sandbox {

namespace {
const QString kApiMarker = QStringLiteral("apis/3.0/");

bool isNumber(const QString& s) {
    bool ok = false;
    s.toInt(&ok);
    return ok;
}

template <typename T> int nextId(const QList<T>& records) {
    int id = 0;
    for (const T& r : records)
        id = std::max(id, r.id);
    return id + 1;
}

std::optional<QJsonObject> bodyObject(const SandboxRequest& request) {
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

SandboxResponse notJson(const QString& expected) {
    return CwErrors::invalidObject(QStringLiteral("The request body must be %1.").arg(expected), {});
}
} // namespace

ConnectWiseFake::ConnectWiseFake(CwData& data, const SandboxCredentials& credentials)
    : m_data(data)
    , m_credentials(credentials) {}

void ConnectWiseFake::setThrottle(int requests, int retryAfterSeconds) {
    m_throttleLeft = requests;
    m_retryAfter = retryAfterSeconds;
}

int ConnectWiseFake::requestCount(const QByteArray& method, const QString& endpoint) const {
    return int(std::count_if(m_seen.begin(), m_seen.end(), [&](const SeenRequest& r) {
        return r.method == method && r.endpoint == endpoint;
    }));
}

QString ConnectWiseFake::now() const {
    return CwJson::timestamp(m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc());
}

ConnectWiseFake::Route ConnectWiseFake::route(const SandboxRequest& request) const {
    Route r;
    static const QString info = QStringLiteral("/login/companyinfo/");
    if (request.path.startsWith(info, Qt::CaseInsensitive)) {
        r.companyInfo = true;
        r.company = request.path.mid(info.size());
        r.pattern = QStringLiteral("companyinfo");
        return r;
    }
    const qsizetype at = request.path.indexOf(QLatin1Char('/') + kApiMarker);
    if (at < 0) {
        r.pattern = request.path.mid(1);
        return r;
    }
    const QString codebase = request.path.mid(1, at); // "v2025_1/"
    r.codebaseOk = codebase.compare(m_data.codebase, Qt::CaseInsensitive) == 0;
    r.segments = request.path.mid(at + 1 + kApiMarker.size()).split(u'/', Qt::SkipEmptyParts);
    QStringList pattern;
    for (const QString& s : r.segments)
        pattern.append(isNumber(s) ? QStringLiteral("{id}") : s);
    r.pattern = pattern.join(u'/');
    return r;
}

bool ConnectWiseFake::handles(const SandboxRequest& request) const {
    static const QRegularExpression api(QStringLiteral("^/[^/]+/apis/3\\.0/"));
    return request.path.startsWith(QStringLiteral("/login/companyinfo/"), Qt::CaseInsensitive) ||
           api.match(request.path).hasMatch();
}

QString ConnectWiseFake::endpointOf(const SandboxRequest& request) const {
    return QStringLiteral("connectwise ") + route(request).pattern;
}

SandboxResponse ConnectWiseFake::handle(const SandboxRequest& request) {
    const Route r = route(request);
    SandboxResponse response = answer(request, r);
    // ConnectWise tags every answer; clients log it with errors.
    response.setHeader("x-cw-request-id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    if (const QString current = CwVersionGate::current(m_data.codebase); !current.isEmpty())
        response.setHeader("api-current-version", current.toLatin1());
    m_seen.append({request.method, request.url.toEncoded(), QStringLiteral("connectwise ") + r.pattern,
                   response.status, request.header("accept"), QDateTime::currentMSecsSinceEpoch()});
    m_maxUrlLength = std::max(m_maxUrlLength, int(m_seen.last().url.size()));
    if (m_seen.size() > MaxSeen)
        m_seen.removeFirst();
    return response;
}

SandboxResponse ConnectWiseFake::answer(const SandboxRequest& request, const Route& r) {
    if (r.companyInfo)
        return request.method == "GET" ? companyInfo(request, r.company)
                                       : CwErrors::methodNotAllowed(request.method);
    if (!r.codebaseOk)
        // An old or wrong codebase is simply not there (what cloud tenants see after an upgrade).
        return CwErrors::notFound(QStringLiteral("The requested URL was not found on this server."));
    if (auto refused = checkAccess(request))
        return *refused;
    // After authentication, as ConnectWise checks the keys before the resource (inferred).
    if (auto refused = CwVersionGate::check(request, m_data.codebase))
        return *refused;
    const QString base = request.url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_apiBase = base + u'/' + m_data.codebase + kApiMarker;
    return dispatch(request, r);
}

SandboxResponse ConnectWiseFake::companyInfo(const SandboxRequest& request, const QString& company) const {
    if (company.compare(m_data.companyId, Qt::CaseInsensitive) != 0)
        return SandboxResponse::json(200, QByteArray("null")); // ConnectWise's answer to an unknown company
    QString version = m_data.codebase;
    version.chop(1);
    version.replace(u'_', u'.');
    const QJsonObject body{
        {QStringLiteral("CompanyName"), QStringLiteral("InvoiceLink Sandbox (%1)").arg(m_data.companyId)},
        {QStringLiteral("Codebase"), m_data.codebase},
        {QStringLiteral("VersionCode"), version},
        {QStringLiteral("VersionNumber"), QStringLiteral("v4.6.98765")},
        {QStringLiteral("CompanyID"), m_data.companyId},
        {QStringLiteral("IsCloud"), QStringLiteral("True")},
        {QStringLiteral("SiteUrl"), request.url.authority()},
        {QStringLiteral("AllowedOrigins"), QStringLiteral("*")}};
    return SandboxResponse::json(200, QJsonDocument(body));
}

std::optional<SandboxResponse> ConnectWiseFake::checkAccess(const SandboxRequest& request) {
    if (m_throttleLeft > 0) {
        --m_throttleLeft;
        return CwErrors::tooManyRequests(m_retryAfter);
    }
    const QByteArray auth = request.header("authorization");
    const QByteArray expectedUser = (m_data.companyId + u'+' + m_credentials.cwPublicKey).toUtf8();
    bool authOk = false;
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        // The company part of the user name is case-insensitive, like the login screen.
        authOk = colon > 0 && decoded.left(colon).compare(expectedUser, Qt::CaseInsensitive) == 0 &&
                 decoded.mid(colon + 1) == m_credentials.cwPrivateKey.toUtf8();
    }
    if (!authOk)
        return CwErrors::unauthorized();
    const QByteArray clientId = request.header("clientid").trimmed();
    if (clientId.isEmpty() || QUuid(QString::fromLatin1(clientId)) != QUuid(m_credentials.cwClientId))
        return CwErrors::missingClientId(!clientId.isEmpty());
    if (m_roleDenied)
        return CwErrors::securityDenied();
    return std::nullopt;
}

SandboxResponse ConnectWiseFake::dispatch(const SandboxRequest& request, const Route& r) {
    const QByteArray& method = request.method;
    const QString& p = r.pattern;
    const QStringList& seg = r.segments;
    if (p == u"system/info")
        return method == "GET" ? SandboxResponse::json(200, QJsonDocument(json().systemInfo()))
                               : CwErrors::methodNotAllowed(method);

    const bool count = p.endsWith(u"/count");
    const QString listPattern = count ? p.chopped(6) : p;
    if (method == "GET") {
        if (auto records = collection(listPattern, seg))
            return served(listPattern, CwListQuery::answer(request, *records, count));
        if (p.endsWith(u"/{id}"))
            return served(p.chopped(5), single(p, seg));
    }
    if (method == "POST") {
        if (p == u"finance/agreements")
            return createAgreement(request);
        if (p == u"finance/agreements/{id}/additions")
            return createAddition(request, seg[2].toInt());
        if (p == u"procurement/catalog")
            return createCatalogItem(request);
    }
    if (p == u"finance/agreements/{id}/additions/{id}" && method != "GET") {
        const int index = additionIndex(seg[2].toInt(), seg[4].toInt());
        if (index < 0)
            return CwErrors::notFound(
                QStringLiteral("Addition %1 not found on agreement %2.").arg(seg[4], seg[2]));
        if (method == "PATCH")
            return patchAddition(request, index);
        if (method == "PUT")
            return putAddition(request, index);
        if (method == "DELETE") {
            m_additionExtras.remove(m_data.additions[index].id);
            m_data.additions.removeAt(index);
            SandboxResponse gone;
            gone.status = 204;
            return gone;
        }
    }
    if (collection(listPattern, seg) || p.endsWith(u"/{id}"))
        return CwErrors::methodNotAllowed(method);
    return CwErrors::notFound(QStringLiteral("The requested resource %1 was not found.").arg(seg.join(u'/')));
}

std::optional<QList<QJsonObject>> ConnectWiseFake::collection(const QString& pattern,
                                                              const QStringList& seg) const {
    const CwJson j = json();
    QList<QJsonObject> out;
    auto table = [&](const QList<Reference>& refs) {
        for (const Reference& r : refs)
            out.append(j.reference(r));
        return out;
    };
    if (pattern == u"company/companies") {
        for (const Company& c : m_data.companies)
            out.append(j.company(c));
        return out;
    }
    if (pattern == u"company/contacts") {
        for (const Contact& c : m_data.contacts)
            out.append(j.contact(c));
        return out;
    }
    if (pattern == u"finance/agreements") {
        for (const Agreement& a : m_data.agreements)
            out.append(j.agreement(a, m_agreementExtras.value(a.id)));
        return out;
    }
    if (pattern == u"finance/agreements/{id}/additions") {
        const int agreementId = seg[2].toInt();
        for (const Addition& a : m_data.additions)
            if (a.agreementId == agreementId)
                out.append(j.addition(a, m_additionExtras.value(a.id)));
        return out;
    }
    if (pattern == u"procurement/catalog") {
        for (const CatalogItem& c : m_data.catalog)
            out.append(j.catalogItem(c, m_catalogExtras.value(c.id)));
        return out;
    }
    if (pattern == u"finance/agreements/types")
        return table(m_data.agreementTypes);
    if (pattern == u"finance/billingCycles")
        return table(m_data.billingCycles);
    if (pattern == u"procurement/types")
        return table(m_data.productTypes);
    if (pattern == u"procurement/subcategories")
        return table(m_data.subcategories);
    return std::nullopt;
}

SandboxResponse ConnectWiseFake::single(const QString& pattern, const QStringList& seg) const {
    const QString parentPattern = pattern.chopped(5); // without "/{id}"
    const int id = seg.last().toInt();
    if (parentPattern == u"finance/agreements/{id}/additions" &&
        std::none_of(m_data.agreements.begin(), m_data.agreements.end(),
                     [&](const Agreement& a) { return a.id == seg[2].toInt(); }))
        return CwErrors::notFound(QStringLiteral("Agreement %1 not found.").arg(seg[2]));
    if (const auto records = collection(parentPattern, seg)) {
        for (const QJsonObject& r : *records)
            if (r.value(QStringLiteral("id")).toInt() == id)
                return SandboxResponse::json(200, QJsonDocument(r));
        return CwErrors::notFound(QStringLiteral("The record with id %1 was not found in %2.")
                                      .arg(id)
                                      .arg(parentPattern.section(u'/', -1)));
    }
    return CwErrors::notFound(QStringLiteral("The requested resource %1 was not found.").arg(seg.join(u'/')));
}

SandboxResponse ConnectWiseFake::served(const QString& pattern, SandboxResponse response) const {
    if (m_raw.isEmpty() || response.status != 200)
        return response;
    const auto tampered = [&](const QJsonObject& o) {
        return m_raw.apply(pattern, QString::number(o.value(QStringLiteral("id")).toInt()), o);
    };
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    QJsonDocument out;
    if (doc.isArray()) {
        QJsonArray rows;
        for (const QJsonValue& v : doc.array())
            rows.append(tampered(v.toObject()));
        out = QJsonDocument(rows);
    } else if (doc.isObject()) {
        out = QJsonDocument(tampered(doc.object()));
    }
    if (!out.isNull())
        response.body = m_raw.finish(out.toJson(QJsonDocument::Compact));
    for (const auto& h : m_raw.headers(pattern))
        response.setHeader(h.first, h.second);
    return response;
}

int ConnectWiseFake::additionIndex(int agreementId, int additionId) const {
    for (int i = 0; i < m_data.additions.size(); ++i)
        if (m_data.additions[i].id == additionId && m_data.additions[i].agreementId == agreementId)
            return i;
    return -1;
}

SandboxResponse ConnectWiseFake::createAgreement(const SandboxRequest& request) {
    const auto body = bodyObject(request);
    if (!body)
        return notJson(QStringLiteral("a JSON agreement object"));
    Agreement a;
    QJsonObject extras;
    QJsonArray errors;
    if (!CwRecordReader(m_data).readAgreement(*body, a, extras, errors))
        return CwErrors::invalidObject(QStringLiteral("agreement object is invalid"), errors);
    a.id = nextId(m_data.agreements);
    a.lastUpdated = now();
    m_data.agreements.append(a);
    m_agreementExtras.insert(a.id, extras);
    return SandboxResponse::json(201, QJsonDocument(json().agreement(a, extras)));
}

SandboxResponse ConnectWiseFake::createAddition(const SandboxRequest& request, int agreementId) {
    if (std::none_of(m_data.agreements.begin(), m_data.agreements.end(),
                     [&](const Agreement& a) { return a.id == agreementId; }))
        return CwErrors::notFound(QStringLiteral("Agreement %1 not found.").arg(agreementId));
    const auto body = bodyObject(request);
    if (!body)
        return notJson(QStringLiteral("a JSON addition object"));
    Addition a;
    QJsonObject extras;
    QJsonArray errors;
    if (!CwRecordReader(m_data).readAddition(*body, a, extras, errors))
        return CwErrors::invalidObject(QStringLiteral("addition object is invalid"), errors);
    a.id = nextId(m_data.additions);
    a.agreementId = agreementId;
    a.lastUpdated = now();
    m_data.additions.append(a);
    m_additionExtras.insert(a.id, extras);
    noteWrite("POST", Addition(), a);
    return SandboxResponse::json(201, QJsonDocument(json().addition(a, extras)));
}

SandboxResponse ConnectWiseFake::createCatalogItem(const SandboxRequest& request) {
    const auto body = bodyObject(request);
    if (!body)
        return notJson(QStringLiteral("a JSON catalog item object"));
    CatalogItem item;
    QJsonObject extras;
    QJsonArray errors;
    if (!CwRecordReader(m_data).readCatalogItem(*body, item, extras, errors))
        return CwErrors::invalidObject(QStringLiteral("catalogItem object is invalid"), errors);
    item.id = nextId(m_data.catalog);
    extras.insert(QStringLiteral("_info"),
                  QJsonObject{{QStringLiteral("lastUpdated"), now()},
                              {QStringLiteral("updatedBy"), QStringLiteral("APIMember")}});
    m_data.catalog.append(item);
    m_catalogExtras.insert(item.id, extras);
    return SandboxResponse::json(201, QJsonDocument(json().catalogItem(item, extras)));
}

SandboxResponse ConnectWiseFake::patchAddition(const SandboxRequest& request, int index) {
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isArray())
        // DG: "The entire object is part of an array and must be surrounded by square brackets".
        return notJson(QStringLiteral("a JSON array of patch operations, e.g. "
                                      "[{\"op\":\"replace\",\"path\":\"quantity\",\"value\":5}]"));
    Addition& stored = m_data.additions[index];
    QJsonObject record = json().addition(stored, m_additionExtras.value(stored.id));
    QJsonArray errors;
    const QString res = QStringLiteral("addition");
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject op = v.toObject();
        const QString name = op.value(QStringLiteral("op")).toString();
        QString path = op.value(QStringLiteral("path")).toString();
        if (path.startsWith(u'/'))
            path = path.mid(1);
        if (name != u"replace" && name != u"add" && name != u"remove") {
            errors.append(CwErrors::validationError(
                QStringLiteral("InvalidOperation"),
                QStringLiteral("op must be add, replace or remove, not '%1'.").arg(name), res, path));
            continue;
        }
        if (path.contains(u'/'))
            continue; // DG: a path into an object "may receive a false 200": nothing changes
        if (CwRecordReader::additionReadOnlyFields().contains(path)) {
            errors.append(CwErrors::validationError(QStringLiteral("ReadOnlyField"),
                                                    QStringLiteral("The field %1 is read-only.").arg(path),
                                                    res, path));
            continue;
        }
        if (!CwRecordReader::additionWritableFields().contains(path)) {
            // Paths are case-sensitive: "Quantity" is no field of an addition.
            errors.append(CwErrors::validationError(
                QStringLiteral("InvalidField"),
                QStringLiteral("%1 is not a field of addition (paths are case-sensitive).").arg(path), res,
                path));
            continue;
        }
        record.insert(path,
                      name == u"remove" ? QJsonValue(QJsonValue::Null) : op.value(QStringLiteral("value")));
    }
    Addition updated;
    QJsonObject extras;
    if (errors.isEmpty())
        CwRecordReader(m_data).readAddition(record, updated, extras, errors);
    if (!errors.isEmpty())
        return CwErrors::invalidObject(QStringLiteral("addition object is invalid"), errors);
    updated.id = stored.id;
    updated.agreementId = stored.agreementId;
    updated.lastUpdated = now();
    noteWrite("PATCH", stored, updated);
    stored = updated;
    m_additionExtras.insert(stored.id, extras);
    return SandboxResponse::json(200, QJsonDocument(json().addition(stored, extras)));
}

void ConnectWiseFake::noteWrite(const QByteArray& method, const Addition& before, const Addition& after) {
    AppliedWrite w{method, after.agreementId, after.id, after.productIdentifier, {}};
    auto note = [&](const char* field, const Decimal& was, const Decimal& now) {
        if (method == "POST" || was != now)
            w.changed.insert(QLatin1String(field), now.toString());
    };
    note("quantity", before.quantity, after.quantity);
    note("unitCost", before.unitCost, after.unitCost);
    note("unitPrice", before.unitPrice, after.unitPrice);
    m_applied.append(w);
}

SandboxResponse ConnectWiseFake::putAddition(const SandboxRequest& request, int index) {
    const auto body = bodyObject(request);
    if (!body)
        return notJson(QStringLiteral("a JSON addition object"));
    Addition updated;
    QJsonObject extras;
    QJsonArray errors;
    // PUT replaces the whole record: whatever the body leaves out falls back to its default.
    if (!CwRecordReader(m_data).readAddition(*body, updated, extras, errors))
        return CwErrors::invalidObject(QStringLiteral("addition object is invalid"), errors);
    Addition& stored = m_data.additions[index];
    updated.id = stored.id;
    updated.agreementId = stored.agreementId;
    updated.lastUpdated = now();
    noteWrite("PUT", stored, updated);
    stored = updated;
    m_additionExtras.insert(stored.id, extras);
    return SandboxResponse::json(200, QJsonDocument(json().addition(stored, extras)));
}

} // namespace il::sandbox
