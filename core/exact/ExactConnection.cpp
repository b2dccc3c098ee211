#include "exact/ExactConnection.h"

#include "exact/ExactSignIn.h"
#include "exact/ODataJson.h"
#include "exact/ODataReader.h"
#include "exact/PurchaseInvoiceSource.h"
#include "exact/SalesInvoiceSource.h"
#include "net/ApiError.h"

#include <QFileInfo>
#include <QJsonArray>

namespace il {

HttpPolicy ExactConnection::httpPolicy() {
    HttpPolicy p;
    p.maxConcurrent = 1; // Exact: "no parallel requests"
    p.rateLimit = HttpPolicy::RateLimit::ExactHeaders;
    return p;
}

QString ExactConnection::defaultLockFilePath(const Settings& settings) {
    return QFileInfo(settings.path()).absolutePath() + QStringLiteral("/exact-token.lock");
}

ExactConnection::ExactConnection(const Settings& settings, SecretStore& secrets, HttpClient& http,
                                 Clock& clock, QString lockFilePath)
    : m_http(http)
    , m_baseUrl(settings.exactBaseUrl().trimmed())
    , m_clientId(settings.exactClientId().trimmed())
    , m_redirectUri(settings.exactRedirectUri().trimmed())
    , m_sourceName(settings.exactSource().trimmed().toLower())
    , m_configuredDivision(settings.exactDivision()) {
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
    if (lockFilePath.isEmpty())
        lockFilePath = defaultLockFilePath(settings);
    m_auth = std::make_unique<ExactAuth>(QUrl(m_baseUrl), m_clientId, secrets, http, clock, lockFilePath);
    m_reader = std::make_unique<ODataReader>(http, *m_auth, QUrl(m_baseUrl), m_configuredDivision);
    CustomerKeyRule rule =
        CustomerKeyRule::fromSettings(settings.customerKeyRule(), settings.customerPattern());
    if (m_sourceName == u"sales")
        m_source = std::make_unique<SalesInvoiceSource>(*m_reader, std::move(rule));
    else if (m_sourceName == u"purchase" || m_sourceName.isEmpty())
        m_source = std::make_unique<PurchaseInvoiceSource>(*m_reader, std::move(rule));
    else
        throw UserError(QStringLiteral("exact/source must be purchase or sales, not '%1'").arg(m_sourceName));
}

ExactConnection::~ExactConnection() = default;

void ExactConnection::requireConfigured(bool forSignIn) const {
    QStringList missing;
    if (!QUrl(m_baseUrl).isValid() || QUrl(m_baseUrl).host().isEmpty())
        missing << QStringLiteral("exact/base_url");
    if (m_clientId.isEmpty())
        missing << QStringLiteral("exact/client_id");
    if (forSignIn && m_redirectUri.isEmpty())
        missing << QStringLiteral("exact/redirect_uri");
    if (!missing.isEmpty())
        throw UserError(QStringLiteral("Exact Online is not configured: %1 %2 not set")
                            .arg(missing.join(QStringLiteral(", ")),
                                 missing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
}

QCoro::Task<ExactTokens> ExactConnection::signIn(SignInOptions options, CancelToken cancel) {
    requireConfigured(true);
    ExactSignIn signIn(*m_auth, m_http, QUrl(m_redirectUri));
    co_return co_await signIn.run(std::move(options), cancel);
}

QCoro::Task<QJsonObject> ExactConnection::me(CancelToken cancel) {
    ODataReader::Query query;
    query.append({QStringLiteral("$select"), QStringLiteral("UserID,FullName,Email,CurrentDivision")});
    const QJsonObject d =
        co_await m_reader->getD(QStringLiteral("current/Me"), query, QStringLiteral("current/Me"), cancel);
    // Me comes as d.results[0] from Exact; a single-object envelope is accepted too.
    const QJsonArray results = d.value(u"results").toArray();
    co_return results.isEmpty() ? d : results.first().toObject();
}

QCoro::Task<int> ExactConnection::division(CancelToken cancel) {
    requireConfigured(false);
    if (m_division == 0) {
        m_division = m_configuredDivision;
        if (m_division == 0) // exact/division not set: the user's current division
            m_division = ODataJson::integer((co_await me(cancel)).value(u"CurrentDivision"));
        if (m_division == 0)
            throw UserError(
                QStringLiteral("exact/division is not set and Exact Online names no current division"));
        m_reader->setDivision(m_division);
    }
    co_return m_division;
}

QCoro::Task<QStringList> ExactConnection::missingRights(CancelToken cancel) {
    const int div = co_await division(cancel);
    QStringList missing;
    for (const QString& endpoint : m_source->requiredEndpoints()) {
        ODataReader::Query query;
        query.append({QStringLiteral("endpoint"), QStringLiteral("'%1'").arg(endpoint)});
        query.append({QStringLiteral("action"), QStringLiteral("'GET'")});
        const QJsonObject d = co_await m_reader->getD(QStringLiteral("%1/users/UserHasRights").arg(div),
                                                      query, QStringLiteral("users/UserHasRights"), cancel);
        QJsonValue v = d.value(u"UserHasRights");
        if (v.isUndefined())
            v = d.value(u"results").toArray().first().toObject().value(u"UserHasRights");
        if (!v.toBool())
            missing << endpoint;
    }
    co_return missing;
}

QCoro::Task<ExactStatus> ExactConnection::status(CancelToken cancel) {
    requireConfigured(false);
    ExactStatus s;
    const QJsonObject user = co_await me(cancel);
    s.userId = ODataJson::guid(user.value(u"UserID"));
    s.userName = ODataJson::text(user.value(u"FullName"));
    s.email = ODataJson::text(user.value(u"Email"));
    s.currentDivision = ODataJson::integer(user.value(u"CurrentDivision"));
    if (m_division == 0 && m_configuredDivision == 0 && s.currentDivision != 0) {
        m_division = s.currentDivision;
        m_reader->setDivision(m_division);
    }
    s.division = co_await division(cancel);
    const QStringList select{QStringLiteral("Code"), QStringLiteral("Description")};
    const QList<QJsonObject> divisions = co_await m_reader->list(
        QStringLiteral("system/Divisions"), select, QStringLiteral("Code eq %1").arg(s.division), cancel);
    if (!divisions.isEmpty())
        s.divisionName = ODataJson::text(divisions.first().value(u"Description"));
    s.missingRights = co_await missingRights(cancel);

    const ExactTokens tokens = co_await m_auth->storedTokens();
    const QDateTime now = m_auth->clock().nowUtc();
    s.tokenAgeSeconds = tokens.ageSeconds(now);
    s.refreshTokenDaysLeft = m_auth->refreshTokenDaysLeft(tokens);
    s.warning = expiryWarning(s.refreshTokenDaysLeft);
    co_return s;
}

QCoro::Task<QList<InvoiceLine>> ExactConnection::loadMonth(QDate month, CancelToken cancel) {
    co_await division(cancel);
    const QDate first(month.year(), month.month(), 1);
    QList<InvoiceLine> lines = co_await m_source->loadMonth(first, cancel);
    // Exact answers an empty list, not an error, when the user lacks a right: check before
    // presenting an empty or half-resolved invoice as the truth.
    const bool suspicious =
        lines.isEmpty() || std::any_of(lines.cbegin(), lines.cend(), [](const InvoiceLine& l) {
            return !l.itemId.isEmpty() && l.itemCode.isEmpty();
        });
    if (suspicious) {
        const QStringList missing = co_await missingRights(cancel);
        if (!missing.isEmpty())
            throw UserError(
                QStringLiteral("The Exact Online user may not read %1 (users/UserHasRights says no), so "
                               "Exact answers empty lists and the month cannot be loaded; ask your Exact "
                               "administrator for these rights")
                    .arg(missing.join(QStringLiteral(", "))));
    }
    co_return lines;
}

QString ExactConnection::expiryWarning(std::optional<qint64> days) {
    if (!days || *days > WarnDaysBeforeExpiry)
        return {};
    return QStringLiteral(
               "The Exact Online sign-in expires in %1 day(s) unless used; run `invoicelink-cli auth "
               "keepalive` (or any load) before then")
        .arg(*days);
}

QCoro::Task<std::optional<qint64>> ExactConnection::signInDaysLeft() {
    co_return m_auth->refreshTokenDaysLeft(co_await m_auth->storedTokens());
}

QCoro::Task<ExactAuth::KeepAlive> ExactConnection::keepAlive(CancelToken cancel) {
    requireConfigured(false);
    co_return co_await m_auth->keepAlive(cancel);
}

} // namespace il
