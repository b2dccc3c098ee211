#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/RawWire.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/exact/ExactErrorBudget.h"
#include "sandbox/exact/ExactRateLimiter.h"
#include "sandbox/exact/ExactRowCache.h"
#include "sandbox/exact/ExactTokenService.h"

#include <QUrl>

namespace il::sandbox {

// A faithful local Exact Online (shared/api/exact-online.md) over SandboxData.exact:
//   /api/oauth2/auth, /api/oauth2/token          OAuth2 with Exact's token rules (ExactTokenService)
//   /api/v1/current/Me                           the signed-in user and current division
//   /api/v1/{div}/system/Divisions               the divisions the user reaches
//   /api/v1/{div}/users/UserHasRights            ?endpoint='purchase/PurchaseInvoices'&action='GET'
//   /api/v1/{div}/purchase/PurchaseInvoices, purchase/PurchaseInvoiceLines, logistics/Items,
//   salesinvoice/SalesInvoices, bulk/SalesInvoice/SalesInvoiceLines, crm/Accounts
// Every division URL answers with the X-RateLimit headers and is rate limited per division;
// errors come in Exact's shape {"error":{"code":"","message":{"lang":"","value":…}}}. An
// endpoint listed in ExactData::deniedEndpoints answers an empty list, as Exact does. A division
// the user does not reach (not ExactData::division nor one of otherDivisions) answers 403
// "Forbidden - User division is not within division scope" (api/exact-online.md §1.9). A resource
// outside ExactData::grantedScopes answers 403 "Forbidden - Application Scope Violated. Cannot
// read '<scope>' scope." (ExactScopes), and 400/401/403/404 answers count toward Exact's error
// budget: after 10 in an hour the endpoint is blocked for the rest of it (ExactErrorBudget).
class ExactFake : public FakeService {
public:
    static constexpr int MaxUrlLength = 6000;

    ExactFake(ExactData& data, SandboxCredentials& credentials, SandboxClock& clock);

    // The server's base URL, for absolute `__next` links and `__metadata` URIs.
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QString issueInitialRefreshToken() { return m_tokens.issueInitialRefreshToken(); }
    void setRateLimit(int perWindow = 60, int windowMs = 60000, int perDay = 5000) {
        m_limiter.configure(perWindow, windowMs, perDay);
    }

    // Bad data a test wants served (issue 7); collections are entity set paths and keys the
    // records' primary keys. Empty unless a test fills it.
    RawWire& rawWire() { return m_raw; }
    // The entity sets' rows are built once per change of the data and noticed by themselves
    // (ExactRowCache); only a write through a reference held since before a request needs this.
    void dataChanged() { m_rows.invalidate(); }

    ExactTokenService& tokens() { return m_tokens; }
    const ExactRateLimiter& rateLimiter() const { return m_limiter; }
    const ExactErrorBudget& errorBudget() const { return m_budget; }
    ExactRateLimiter& rateLimiter() { return m_limiter; }

    bool handles(const SandboxRequest& request) const override;
    SandboxResponse handle(const SandboxRequest& request) override;
    // "exact auth", "exact token", "exact current/Me", "exact purchase/PurchaseInvoices", ...
    QString endpointOf(const SandboxRequest& request) const override;

    static SandboxResponse error(int status, const QString& message);

private:
    SandboxResponse handleApi(const SandboxRequest& request);
    static SandboxResponse blockedAnswer(const QDateTime& now);
    SandboxResponse divisionCall(const SandboxRequest& request, const QString& rest);
    SandboxResponse me(const SandboxRequest& request) const;
    SandboxResponse userHasRights(const SandboxRequest& request) const;
    bool isDenied(const QString& endpoint) const;
    // One of ExactData::otherDivisions: reachable, with no invoices, items or accounts.
    ExactData emptyDivision(int division) const;

    ExactData& m_data;
    SandboxClock& m_clock;
    ExactTokenService m_tokens;
    ExactRateLimiter m_limiter;
    ExactErrorBudget m_budget;
    QUrl m_baseUrl;
    RawWire m_raw;
    ExactRowCache m_rows;
};

} // namespace il::sandbox
