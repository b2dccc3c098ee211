#pragma once

#include "domain/InvoiceLine.h"
#include "exact/ExactAccessCheck.h"
#include "exact/ExactAuth.h"
#include "exact/ExactStatus.h"
#include "exact/ItemKeyRule.h"
#include "exact/SignInOptions.h"
#include "async/CancelToken.h"
#include "async/LoadProgress.h"
#include "net/HttpClient.h"
#include "settings/Clock.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace il {

class InvoiceSource;
class ODataReader;

// The one entry point to Exact Online for the front ends: sign-in, status, rights, keep-alive
// and the month's invoice lines through the configured source (exact/source:
// purchase|sales|entries).
// All calls go through the given HttpClient, which should use httpPolicy().
class ExactConnection {
public:
    static constexpr qint64 WarnDaysBeforeExpiry = 7;

    // Sequential calls reading Exact's rate-limit headers (DESIGN §3 Rate limits).
    static HttpPolicy httpPolicy();
    // Next to the config file: serializes token refreshes of the GUI and CLI processes.
    static QString defaultLockFilePath(const Settings& settings);

    // lockFilePath: empty = defaultLockFilePath(settings).
    ExactConnection(const Settings& settings, SecretStore& secrets, HttpClient& http,
                    Clock& clock = Clock::system(), QString lockFilePath = {});
    ~ExactConnection();

    QCoro::Task<ExactTokens> signIn(SignInOptions options, CancelToken cancel = {});
    QCoro::Task<ExactStatus> status(CancelToken cancel = {});
    // Endpoints the source needs that the user has no right on (empty = all fine).
    QCoro::Task<QStringList> missingRights(CancelToken cancel = {});
    // The month's lines (firstOfMonth: any day of the month). When Exact answers suspiciously
    // little (no lines, unresolved items) the rights are checked and a missing one is named
    // instead of returning an empty invoice. An empty month whose invoices sit in the other
    // purchase source (purchase invoices ↔ purchase entries) fails with a UserError naming
    // exact/source (EmptyMonthHint). Under item_key=description the invoice sources' item codes
    // come from the description too.
    // progress (when given) hears the load's phases with their counts (LoadProgress: invoices,
    // invoice lines of the month's total, then items, accounts and VAT codes) after each page.
    using ProgressSink = std::function<void(const LoadProgress&)>;
    QCoro::Task<QList<InvoiceLine>> loadMonth(QDate firstOfMonth, CancelToken cancel = {}, ProgressSink progress = {});
    QCoro::Task<ExactAuth::KeepAlive> keepAlive(CancelToken cancel = {});
    // Starts a new run: forgets the 4xx answers remembered so far (ODataReader), so a
    // long-lived connection (the desktop window) asks again after the user fixed the cause.
    // Within a run a refused call is never sent twice.
    void startRun();
    // Without a network call: whole days until the sign-in expires unused (nullopt when unknown,
    // e.g. a refresh token set by hand), so front ends can warn before it is too late.
    QCoro::Task<std::optional<qint64>> signInDaysLeft();
    // The warning for `days` left, empty when there is time enough.
    static QString expiryWarning(std::optional<qint64> days);

    ExactAuth& auth() { return *m_auth; }
    ODataReader& reader() { return *m_reader; }
    InvoiceSource& source() { return *m_source; }
    HttpClient& http() { return m_http; }

private:
    // The division to read, checked once per connection: exact/division when it is a division
    // code the user reaches, else (not set) the user's current division; UserError otherwise.
    QCoro::Task<int> division(CancelToken cancel);
    QCoro::Task<> requireReachable(int configured, int current, CancelToken cancel);
    // current/Me, asked once per connection.
    QCoro::Task<QJsonObject> me(CancelToken cancel);
    void requireConfigured(bool forSignIn) const;

    HttpClient& m_http;
    QString m_baseUrl;
    QString m_clientId;
    QString m_redirectUri;
    QString m_sourceName;
    ItemKeyRule m_itemRule;
    QString m_divisionText; // exact/division as written
    int m_division = 0;     // checked; 0 until division() ran
    std::optional<QJsonObject> m_me;
    std::unique_ptr<ExactAuth> m_auth;
    std::unique_ptr<ODataReader> m_reader;
    std::unique_ptr<InvoiceSource> m_source;
};

} // namespace il
