#include "connectwise/CwSession.h"

#include "connectwise/ConditionsBuilder.h"
#include "connectwise/CwNextLink.h"
#include "connectwise/CwParser.h"
#include "net/JsonRecord.h"
#include "net/JsonText.h"
#include "settings/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <qcoro/qcorosignal.h>

namespace il {

namespace {
const QString kSystem = QStringLiteral("ConnectWise");
const QString kPublicKey = QStringLiteral("connectwise.public_key");
const QString kPrivateKey = QStringLiteral("connectwise.private_key");
const QString kClientId = QStringLiteral("connectwise.client_id");
// Room for a longer codebase after an upgrade and for a page number of several digits.
constexpr int kUrlMargin = 24;

void addHeader(HttpRequest& request, const QByteArray& name, const QByteArray& value) {
    request.headers.append(QPair<QByteArray, QByteArray>(name, value));
}

// Where a body stopped being JSON, when it did.
QString malformed(const QByteArray& body, const QJsonParseError& error) {
    if (error.error == QJsonParseError::NoError)
        return {};
    return QStringLiteral(" (malformed JSON: %1 at offset %2: %3)")
        .arg(error.errorString())
        .arg(error.offset)
        .arg(JsonText::around(body, error.offset));
}
} // namespace

CwSession::CwSession(const QString& site, const QString& company, SecretStore& secrets, HttpClient& http,
                     QObject* parent)
    : QObject(parent)
    , m_site(normalizeSite(site))
    , m_company(company.trimmed())
    , m_secrets(secrets)
    , m_http(http) {}

QString CwSession::normalizeSite(const QString& site) {
    QString s = site.trimmed();
    while (s.endsWith(u'/'))
        s.chop(1);
    if (s.isEmpty())
        return s;
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    QUrl url(s);
    // Users know the login host (eu.myconnectwise.net); the cloud API answers on api-eu.
    static const QRegularExpression cloud(
        QStringLiteral("^(na|eu|au|aus|za|staging)\\.(myconnectwise\\.net|connectwisedev\\.com)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (cloud.match(url.host()).hasMatch())
        url.setHost(QStringLiteral("api-") + url.host());
    return url.toString(QUrl::StripTrailingSlash);
}

QString CwSession::secretHint(const QString& name) const {
    return QStringLiteral("the secret %1 is not set").arg(name);
}

QCoro::Task<QStringList> CwSession::loadSecrets() {
    const std::optional<QString> pub = co_await m_secrets.read(kPublicKey);
    const std::optional<QString> priv = co_await m_secrets.read(kPrivateKey);
    const std::optional<QString> client = co_await m_secrets.read(kClientId);
    QStringList missing;
    if (!pub || pub->isEmpty())
        missing.append(kPublicKey);
    if (!priv || priv->isEmpty())
        missing.append(kPrivateKey);
    if (!client || client->isEmpty())
        missing.append(kClientId);
    if (missing.isEmpty()) {
        // DG "Authentication": the user name always begins with CompanyId+.
        m_authorization =
            "Basic " + (m_company + u'+' + pub->trimmed() + u':' + priv->trimmed()).toUtf8().toBase64();
        m_clientId = client->trimmed().toUtf8();
    }
    co_return missing;
}

QCoro::Task<std::optional<CwCompanyInfo>> CwSession::fetchCompanyInfo(CancelToken cancel) {
    if (m_site.isEmpty())
        throw UserError(QStringLiteral("connectwise/site is not set: the ConnectWise API host, e.g. "
                                       "https://api-eu.myconnectwise.net"));
    if (m_company.isEmpty())
        throw UserError(
            QStringLiteral("connectwise/company is not set: the company id you type when you log in "
                           "to ConnectWise"));
    HttpRequest request;
    request.url = QUrl(m_site + QStringLiteral("/login/companyinfo/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(m_company)));
    request.endpoint = QStringLiteral("login/companyinfo");
    addHeader(request, "Accept", "application/json");
    HttpResponse response;
    try {
        response = co_await m_http.send(std::move(request), cancel);
    } catch (const ApiError& e) {
        throw ApiError(e.kind(), e.system(), e.endpoint(), e.status(),
                       (e.serverMessage().isEmpty() ? QString() : e.serverMessage() + QStringLiteral(" — ")) +
                           QStringLiteral("is %1 a ConnectWise site? Check connectwise/site").arg(m_site),
                       e.requestId());
    }
    if (response.body.trimmed() == "null")
        co_return std::nullopt; // ConnectWise's answer for an unknown company id
    std::optional<CwCompanyInfo> info = CwParser::companyInfo(response.body);
    if (!info || info->codebase.isEmpty())
        throw UserError(QStringLiteral("%1/login/companyinfo/%2 did not answer like ConnectWise: check "
                                       "connectwise/site")
                            .arg(m_site, m_company));
    QString codebase = info->codebase.trimmed();
    while (codebase.startsWith(u'/'))
        codebase.remove(0, 1);
    if (!codebase.endsWith(u'/'))
        codebase += u'/';
    info->codebase = codebase;
    m_codebase = codebase;
    m_info = info;
    co_return info;
}

QCoro::Task<CwCompanyInfo> CwSession::discover(CancelToken cancel) {
    const std::optional<CwCompanyInfo> info = co_await fetchCompanyInfo(cancel);
    if (!info)
        throw UserError(
            QStringLiteral("ConnectWise at %1 does not know the company '%2': check connectwise/company "
                           "(the company id you type when you log in)")
                .arg(m_site, m_company));
    co_return *info;
}

QCoro::Task<> CwSession::ensureReady(CancelToken cancel) {
    while (!m_ready) {
        cancel.throwIfCancelled();
        if (m_preparing) {
            // Another call is discovering right now: wait for it rather than discover twice.
            co_await qCoro(this, &CwSession::readySettled);
            continue;
        }
        m_preparing = true;
        std::exception_ptr error;
        try {
            // A malformed version would be refused by every call: say so before the first.
            if (const QString problem = CwApiVersion::problem(m_apiVersion); !problem.isEmpty())
                throw UserError(problem);
            const QStringList missing = co_await loadSecrets();
            if (!missing.isEmpty()) {
                QStringList hints;
                for (const QString& name : missing)
                    hints.append(secretHint(name));
                throw UserError(QStringLiteral("ConnectWise cannot be called: ") + hints.join(QStringLiteral("; ")),
                                Remedy::setSecrets(missing));
            }
            if (m_codebase.isEmpty())
                co_await discover(cancel);
            m_ready = true;
        } catch (...) {
            error = std::current_exception();
        }
        m_preparing = false;
        emit readySettled();
        if (error)
            std::rethrow_exception(error);
    }
}

QUrl CwSession::apiUrl(const QString& path, const QByteArray& query) const {
    QByteArray text = (m_site + u'/' + m_codebase + QStringLiteral("apis/3.0/") + path).toUtf8();
    if (!query.isEmpty())
        text += '?' + query;
    return QUrl::fromEncoded(text);
}

ApiError CwSession::explain(const ApiError& e) const {
    QString hint;
    if (CwApiVersion::isRefusal(e))
        hint = CwApiVersion::refusalHint(m_apiVersion, m_info ? m_info->versionCode : QString());
    else if (e.status() == 401)
        hint =
            QStringLiteral("ConnectWise did not accept the API keys: check the secrets %1 and %2, and that "
                           "connectwise/company '%3' is the company the keys belong to")
                .arg(kPublicKey, kPrivateKey, m_company);
    else if (e.status() == 400 && e.serverMessage().contains(QStringLiteral("clientid"), Qt::CaseInsensitive))
        hint = QStringLiteral(
                   "check the secret %1: a clientId registered at https://developer.connectwise.com/ClientID")
                   .arg(kClientId);
    else if (e.status() == 403)
        hint =
            QStringLiteral("the API member's security role lacks the right for %1; grant it under System > "
                           "Security Roles")
                .arg(e.endpoint());
    else if (e.status() == 404)
        hint = QStringLiteral(
                   "not found under %1/%2apis/3.0/ (on ConnectWise cloud a 404 can also mean a wrong site "
                   "or wrong credentials)")
                   .arg(m_site, m_codebase);
    if (hint.isEmpty())
        return e;
    const QString server =
        e.serverMessage().isEmpty() ? hint : e.serverMessage() + QStringLiteral(" — ") + hint;
    return ApiError(e.kind(), e.system(), e.endpoint(), e.status(), server, e.requestId());
}

QCoro::Task<HttpResponse> CwSession::send(QByteArray method, QString path, QByteArray query, QString endpoint,
                                          QByteArray body, CancelToken cancel) {
    co_await ensureReady(cancel);
    bool rediscovered = false;
    while (true) {
        HttpRequest request;
        request.method = method;
        request.url = apiUrl(path, query);
        request.endpoint = endpoint;
        addHeader(request, "Authorization", m_authorization);
        addHeader(request, "clientId", m_clientId);
        addHeader(request, "Accept", CwApiVersion::acceptHeader(m_apiVersion));
        if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT") {
            addHeader(request, "Content-Type", "application/json");
            request.body = body;
        }
        std::optional<ApiError> failure;
        try {
            co_return co_await m_http.send(std::move(request), cancel);
        } catch (const ApiError& e) {
            failure = e;
        }
        // A cloud upgrade moves the codebase: find it again once, and retry if it moved.
        if (failure->status() == 404 && !rediscovered) {
            rediscovered = true;
            const QString before = m_codebase;
            co_await discover(cancel);
            if (m_codebase != before)
                continue;
        }
        throw explain(*failure);
    }
}

QCoro::Task<QJsonObject> CwSession::sendForObject(QByteArray method, QString path, QString endpoint,
                                                  QByteArray body, CancelToken cancel) {
    const HttpResponse response = co_await send(method, path, {}, endpoint, body, cancel);
    QJsonParseError error;
    const QJsonDocument doc = JsonText::parse(response.body, &error);
    if (!doc.isObject())
        throw ApiError(ApiError::Kind::Parse, kSystem, QString::fromLatin1(method) + u' ' + endpoint,
                       response.status, QStringLiteral("expected a JSON object") + malformed(response.body, error),
                       QString::fromLatin1(response.header("x-cw-request-id")));
    co_return doc.object();
}

QCoro::Task<QList<QJsonObject>> CwSession::readAll(QString path, QString endpoint, QString conditions,
                                                   CancelToken cancel) {
    QList<QJsonObject> records;
    int page = 1;
    while (true) {
        QByteArray query;
        if (!conditions.trimmed().isEmpty())
            query += "conditions=" + ConditionsBuilder::encode(conditions) + '&';
        // Always an explicit pageSize (the default is 25) and a stable order (connectwise.md §3).
        query +=
            "pageSize=" + QByteArray::number(PageSize) + "&orderBy=id%20asc&page=" + QByteArray::number(page);
        const HttpResponse response = co_await send("GET", path, query, endpoint, {}, cancel);
        QJsonParseError error;
        const QJsonDocument doc = JsonText::parse(response.body, &error);
        if (!doc.isArray())
            throw ApiError(ApiError::Kind::Parse, kSystem, QStringLiteral("GET ") + endpoint, response.status,
                           QStringLiteral("expected a JSON array") + malformed(response.body, error),
                           QString::fromLatin1(response.header("x-cw-request-id")));
        const QJsonArray rows = doc.array();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            // Skipping a row that is no record would lose it unseen (issue 7): fail instead.
            if (!rows[i].isObject())
                throw ApiError(ApiError::Kind::Parse, kSystem, QStringLiteral("GET ") + endpoint, response.status,
                               QStringLiteral("element %1 of page %2 is not a record (%3)")
                                   .arg(i + 1)
                                   .arg(page)
                                   .arg(JsonRecord::shown(rows[i])),
                               QString::fromLatin1(response.header("x-cw-request-id")));
            records.append(rows[i].toObject());
        }
        // The Link URL itself is not followed (only its page number is taken), but one that
        // leads off the site fails the read: CwNextLink.
        const std::optional<int> next = CwNextLink::page(response.header("Link"), QUrl(m_site),
                                                         response.url.isValid() ? response.url : apiUrl(path, query),
                                                         QStringLiteral("GET ") + endpoint);
        if (!next || *next <= page || rows.size() < PageSize)
            break;
        page = *next;
    }
    co_return records;
}

int CwSession::conditionsBudget(const QString& path) const {
    const QString fixed = m_site + u'/' + m_codebase + QStringLiteral("apis/3.0/") + path +
                          QStringLiteral("?conditions=&pageSize=1000&orderBy=id%20asc&page=");
    return MaxUrlLength - 1 - int(fixed.toUtf8().size()) - kUrlMargin;
}

std::optional<int> CwSession::nextPage(const QByteArray& linkHeader) {
    const std::optional<QString> url = CwNextLink::nextUrl(linkHeader);
    if (!url)
        return std::nullopt;
    bool ok = false;
    const int page = QUrlQuery(QUrl(*url).query()).queryItemValue(QStringLiteral("page")).toInt(&ok);
    return ok ? std::optional<int>(page) : std::nullopt;
}

} // namespace il
