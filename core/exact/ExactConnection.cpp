#include "exact/ExactConnection.h"

#include "errors/UserError.h"
#include "exact/EmptyMonthHint.h"
#include "exact/ExactScopeError.h"
#include "exact/ExactSignIn.h"
#include "exact/ODataJson.h"
#include "exact/ODataReader.h"
#include "exact/PurchaseEntrySource.h"
#include "exact/PurchaseInvoiceSource.h"
#include "exact/SalesInvoiceSource.h"
#include "log/LogCategories.h"
#include "net/SecureAddress.h"

#include <QFileInfo>
#include <QJsonArray>

namespace il {

HttpPolicy ExactConnection::httpPolicy() {
    HttpPolicy p;
    p.maxConcurrent = 1; // Exact: "no parallel requests"
    p.rateLimit = HttpPolicy::RateLimit::ExactHeaders;
    p.addressSetting = QStringLiteral("exact/base_url");
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
    , m_divisionText(settings.value(Setting::ExactDivision).trimmed()) {
    while (m_baseUrl.endsWith(u'/') && !m_baseUrl.endsWith(QStringLiteral("://")))
        m_baseUrl.chop(1);
    if (lockFilePath.isEmpty())
        lockFilePath = defaultLockFilePath(settings);
    m_auth = std::make_unique<ExactAuth>(QUrl(m_baseUrl), m_clientId, secrets, http, clock, lockFilePath);
    // The front ends reach Exact only through loadMonth/status/missingRights, which check the
    // division first (division()); an invalid one is 0 here and never used.
    const int written = Settings::divisionProblem(m_divisionText).isEmpty() ? m_divisionText.toInt() : 0;
    m_reader = std::make_unique<ODataReader>(http, *m_auth, QUrl(m_baseUrl), written);
    CustomerKeyRule rule =
        CustomerKeyRule::fromSettings(settings.customerKeyRule(), settings.customerPattern());
    m_itemRule = ItemKeyRule::fromSettings(settings.itemKeyRule(), settings.itemPattern());
    if (m_sourceName == u"sales")
        m_source = std::make_unique<SalesInvoiceSource>(*m_reader, std::move(rule));
    else if (m_sourceName == u"purchase" || m_sourceName.isEmpty())
        m_source = std::make_unique<PurchaseInvoiceSource>(*m_reader, std::move(rule));
    else if (m_sourceName == u"entries")
        m_source = std::make_unique<PurchaseEntrySource>(*m_reader, std::move(rule), m_itemRule);
    else
        throw UserError(
            QStringLiteral("exact/source must be purchase, sales or entries, not '%1'").arg(m_sourceName));
}

ExactConnection::~ExactConnection() = default;

void ExactConnection::requireConfigured(bool forSignIn) const {
    QStringList missing;
    if (m_baseUrl.isEmpty())
        missing << QStringLiteral("exact/base_url");
    if (m_clientId.isEmpty())
        missing << QStringLiteral("exact/client_id");
    if (forSignIn && m_redirectUri.isEmpty())
        missing << QStringLiteral("exact/redirect_uri");
    if (!missing.isEmpty())
        throw UserError(QStringLiteral("Exact Online is not configured: %1 %2 not set")
                            .arg(missing.join(QStringLiteral(", ")),
                                 missing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
    // Set but unusable is another problem than not set: say which.
    if (const QString p = SecureAddress::problem(QStringLiteral("exact/base_url"), m_baseUrl); !p.isEmpty())
        throw UserError(QStringLiteral("Exact Online: ") + p);
    if (forSignIn && QUrl(m_redirectUri, QUrl::StrictMode).host().isEmpty())
        throw UserError(QStringLiteral("Exact Online: exact/redirect_uri '%1' is not a valid address")
                            .arg(m_redirectUri));
}

QCoro::Task<ExactTokens> ExactConnection::signIn(SignInOptions options, CancelToken cancel) {
    requireConfigured(true);
    ExactSignIn signIn(*m_auth, m_http, QUrl(m_redirectUri));
    ExactTokens tokens = co_await signIn.run(std::move(options), cancel);
    startRun(); // new tokens: what was refused before the sign-in may be allowed now
    co_return tokens;
}

void ExactConnection::startRun() {
    m_reader->forgetRefusals();
}

QCoro::Task<QJsonObject> ExactConnection::me(CancelToken cancel) {
    if (m_me)
        co_return *m_me;
    ODataReader::Query query;
    query.append({QStringLiteral("$select"), QStringLiteral("UserID,FullName,Email,CurrentDivision")});
    const QJsonObject d =
        co_await m_reader->getD(QStringLiteral("current/Me"), query, QStringLiteral("current/Me"), cancel);
    // Me comes as d.results[0] from Exact; a single-object envelope is accepted too.
    const QJsonArray results = d.value(u"results").toArray();
    const QJsonObject user = results.isEmpty() ? d : results.first().toObject();
    m_me = user;
    co_return user;
}

QCoro::Task<int> ExactConnection::division(CancelToken cancel) {
    requireConfigured(false);
    if (m_division != 0)
        co_return m_division;
    // A typo fails here, naming the value; it never falls back to another administration.
    if (const QString problem = Settings::divisionProblem(m_divisionText); !problem.isEmpty())
        throw UserError(QStringLiteral("Exact Online: ") + problem);
    const int configured = m_divisionText.isEmpty() ? 0 : m_divisionText.toInt();
    // One call, and a cheap one: current/Me has no division in its URL, so it needs no app scope
    // and does not count toward Exact's daily limit (api/exact-online.md §2.2). The current
    // division is one the user surely reaches; only another one needs a look at the list.
    const int current = ODataJson::integer((co_await me(cancel)).value(u"CurrentDivision"));
    if (configured == 0 && current == 0)
        throw UserError(
            QStringLiteral("exact/division is not set and Exact Online names no current division"));
    if (configured != 0 && configured != current)
        co_await requireReachable(configured, current, cancel);
    m_division = configured != 0 ? configured : current;
    m_reader->setDivision(m_division);
    co_return m_division;
}

QCoro::Task<> ExactConnection::requireReachable(int configured, int current, CancelToken cancel) {
    if (current == 0)
        throw UserError(QStringLiteral("exact/division %1 cannot be checked: Exact Online names no current "
                                       "division for this user")
                            .arg(configured));
    // system/Divisions lists the divisions the user can reach (api/exact-online.md §2.2), asked
    // through the current division, the one division surely reachable.
    const QString path = QStringLiteral("%1/system/Divisions").arg(current);
    ODataReader::Query query;
    query.append({QStringLiteral("$select"), QStringLiteral("Code,Description")});
    query.append({QStringLiteral("$filter"), QStringLiteral("Code eq %1").arg(configured)});
    QJsonObject found;
    try {
        found = co_await m_reader->getD(path, query, QStringLiteral("system/Divisions"), cancel);
    } catch (const ExactScopeError& e) {
        // Only another division than the current one needs the list; say both ways out.
        throw UserError(QStringLiteral("exact/division %1 cannot be checked: %2; or leave exact/division empty "
                                       "(or set it to %3, the user's current division), which needs no "
                                       "division list")
                            .arg(configured)
                            .arg(e.message())
                            .arg(current));
    }
    for (const QJsonValue& row : found.value(u"results").toArray())
        if (ODataJson::integer(row.toObject().value(u"Code")) == configured)
            co_return;
    // Only on the way to failing: the divisions the user does reach, for the message.
    ODataReader::Query all;
    all.append({QStringLiteral("$select"), QStringLiteral("Code,Description")});
    const QJsonObject listed = co_await m_reader->getD(path, all, QStringLiteral("system/Divisions"), cancel);
    QStringList reachable;
    for (const QJsonValue& row : listed.value(u"results").toArray()) {
        const QJsonObject o = row.toObject();
        const QString name = ODataJson::text(o.value(u"Description"));
        const QString code = QString::number(ODataJson::integer(o.value(u"Code")));
        reachable << (name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, name));
    }
    if (listed.contains(QStringLiteral("__next")))
        reachable << QStringLiteral("…");
    throw UserError(
        QStringLiteral("exact/division %1 is not an administration this Exact Online user can reach; "
                       "reachable: %2")
            .arg(configured)
            .arg(reachable.isEmpty() ? QStringLiteral("none listed") : reachable.join(QStringLiteral(", "))));
}

QCoro::Task<QStringList> ExactConnection::missingRights(CancelToken cancel) {
    const int div = co_await division(cancel);
    QStringList missing;
    for (const QString& endpoint : m_source->requiredEndpoints())
        if (!co_await ExactAccessCheck::userHasRight(*m_reader, div, endpoint, cancel))
            missing << endpoint;
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
    s.division = co_await division(cancel);
    // What the app and the user can read, each resource asked once; a missing scope is a state
    // here, not a failed status (api/exact-online.md §1.9).
    // Locals, not temporaries, around co_await (a GCC 12 coroutine trap).
    ExactAccessCheck check(*m_reader);
    const QStringList resources = m_source->requiredEndpoints();
    QString divisionName;
    s.access = co_await check.run(s.division, resources, &divisionName, cancel);
    s.divisionName = divisionName;
    for (const ExactAccess& a : s.access)
        if (a.state == ExactAccess::State::NoRight)
            s.missingRights << a.resource;

    const ExactTokens tokens = co_await m_auth->storedTokens();
    const QDateTime now = m_auth->clock().nowUtc();
    s.tokenAgeSeconds = tokens.ageSeconds(now);
    s.refreshTokenDaysLeft = m_auth->refreshTokenDaysLeft(tokens);
    s.warning = expiryWarning(s.refreshTokenDaysLeft);
    if (!s.warning.isEmpty())
        s.warningRemedy = Remedy::of(Remedy::Action::KeepExactSignInAlive);
    co_return s;
}

namespace {

// Takes the reader's page observer off when the load ends, however it ends.
struct ObserverGuard {
    ODataReader& reader;
    ~ObserverGuard() { reader.setPageObserver({}); }
};

} // namespace

QCoro::Task<QList<InvoiceLine>> ExactConnection::loadMonth(QDate month, CancelToken cancel, ProgressSink progress) {
    co_await division(cancel);
    const QDate first(month.year(), month.month(), 1);
    qCInfo(lcExact).noquote() << "reading the"
                              << (m_sourceName.isEmpty() ? QStringLiteral("purchase") : m_sourceName)
                              << "lines of" << first.toString(QStringLiteral("yyyy-MM"));
    ObserverGuard guard{*m_reader};
    if (progress) {
        // Every source reads its headers first and their lines second (requiredEndpoints order);
        // what follows (items, accounts, projects, VAT codes) is one phase of details.
        const QStringList endpoints = m_source->requiredEndpoints();
        const QString headers = endpoints.value(0), lineSet = endpoints.value(1);
        progress(LoadProgress{LoadProgress::Phase::ExactInvoices, 0, 0, 0});
        m_reader->setPageObserver([progress, headers, lineSet](const QString& resource, int rows, int total) {
            LoadProgress p;
            p.phase = resource == headers ? LoadProgress::Phase::ExactInvoices
                      : resource == lineSet ? LoadProgress::Phase::ExactLines
                                            : LoadProgress::Phase::ExactDetails;
            // The details are several small reads: their counts would jump about, so none.
            const bool details = p.phase == LoadProgress::Phase::ExactDetails;
            p.done = details ? 0 : rows;
            p.total = details ? 0 : total;
            progress(p);
        });
    }
    QList<InvoiceLine> lines = co_await m_source->loadMonth(first, cancel);
    qCInfo(lcExact) << "Exact Online answered" << lines.size() << "lines";
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
    // All rights, still nothing: maybe the invoices are booked the other way. Only now, so a
    // normal load pays no extra call.
    if (lines.isEmpty()) {
        const QString hint = co_await EmptyMonthHint::find(*m_reader, m_sourceName, first, cancel);
        if (!hint.isEmpty())
            throw UserError(hint);
    }
    // The entries source applies the item rule itself; the invoice sources read the Item, and
    // under item_key=description the description decides instead (after the rights check, which
    // looks at items the lines name but Exact did not resolve).
    if (m_itemRule.fromDescription() && m_sourceName != u"entries")
        for (InvoiceLine& l : lines)
            m_itemRule.apply(l);
    co_return lines;
}

QString ExactConnection::expiryWarning(std::optional<qint64> days) {
    if (!days || *days > WarnDaysBeforeExpiry)
        return {};
    return QStringLiteral("The Exact Online sign-in expires in %1 day(s) unless used").arg(*days);
}

QCoro::Task<std::optional<qint64>> ExactConnection::signInDaysLeft() {
    co_return m_auth->refreshTokenDaysLeft(co_await m_auth->storedTokens());
}

QCoro::Task<ExactAuth::KeepAlive> ExactConnection::keepAlive(CancelToken cancel) {
    requireConfigured(false);
    co_return co_await m_auth->keepAlive(cancel);
}

} // namespace il
