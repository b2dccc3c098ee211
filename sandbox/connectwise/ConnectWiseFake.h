#pragma once

#include "sandbox/RawWire.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/connectwise/CwJson.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace il::sandbox {

class SandboxClock;

// A faithful local ConnectWise PSA (connectwise.md §1–§7, §10): codebase discovery at
// /login/companyinfo/{company}; the API only under /{codebase}apis/3.0/; Basic auth, clientId
// and a security-role switch; the model version in Accept (CwVersionGate); lists with
// conditions, orderBy, fields, paging and Link headers; /count; PATCH (JSON Patch,
// case-sensitive paths), PUT, POST and DELETE with ConnectWise's validation and error shapes;
// 429 with Retry-After on demand. Serves and edits CwData in place.
class ConnectWiseFake : public FakeService {
public:
    ConnectWiseFake(CwData& data, const SandboxCredentials& credentials);

    bool handles(const SandboxRequest& request) const override;
    SandboxResponse handle(const SandboxRequest& request) override;
    QString endpointOf(const SandboxRequest& request) const override;

    // Every API call answers 403 Security while set (an API member whose role lacks rights).
    void setRoleDenied(bool denied) { m_roleDenied = denied; }
    // The next `requests` API calls answer 429 with Retry-After: retryAfterSeconds.
    void setThrottle(int requests, int retryAfterSeconds);
    // Bad data a test wants served in GET answers (issue 7); collections are list patterns
    // ("finance/agreements/{id}/additions") and keys record ids. Empty unless a test fills it.
    RawWire& rawWire() { return m_raw; }
    // Time for _info.lastUpdated; real UTC time when unset. Not owned.
    void setClock(const SandboxClock* clock) { m_clock = clock; }

    // What the fake was asked, for tests: method, the URL as received, the endpoint, the
    // status, and the Accept header (which carries the model version).
    struct SeenRequest {
        QByteArray method;
        QByteArray url;
        QString endpoint;
        int status = 0;
        QByteArray accept;
        qint64 atMs = 0; // when it was answered, ms since the epoch (a 429's wait shows in these)
    };
    // The most recent MaxSeen requests.
    const QList<SeenRequest>& requests() const { return m_seen; }
    // The longest URL received since the last clearRequests().
    int maxUrlLength() const { return m_maxUrlLength; }
    int requestCount(const QByteArray& method, const QString& endpoint) const;
    void clearRequests() {
        m_seen.clear();
        m_maxUrlLength = 0;
    }
    static constexpr int MaxSeen = 10000; // a long-running standalone sandbox must not grow forever

    // Every change the fake carried out on an addition (PATCH, PUT, POST), in order: what a
    // server really received and applied, for comparing with the client's transfer log.
    struct AppliedWrite {
        QByteArray method;
        int agreementId = 0;
        int additionId = 0;
        QString productIdentifier;
        QJsonObject changed; // field → new value, for the fields the write changed
    };
    const QList<AppliedWrite>& appliedWrites() const { return m_applied; }

private:
    void noteWrite(const QByteArray& method, const Addition& before, const Addition& after);
    QList<AppliedWrite> m_applied;

    struct Route {
        bool companyInfo = false;
        QString company; // companyinfo: the company asked for
        bool codebaseOk = false;
        QStringList segments; // the API path after apis/3.0/
        QString pattern;      // segments with numbers replaced by {id}
    };
    Route route(const SandboxRequest& request) const;
    SandboxResponse answer(const SandboxRequest& request, const Route& route);
    SandboxResponse companyInfo(const SandboxRequest& request, const QString& company) const;
    std::optional<SandboxResponse> checkAccess(const SandboxRequest& request);
    SandboxResponse dispatch(const SandboxRequest& request, const Route& route);
    // The serialized records of a collection pattern ("finance/agreements/{id}/additions").
    std::optional<QList<QJsonObject>> collection(const QString& pattern, const QStringList& segments) const;
    SandboxResponse single(const QString& pattern, const QStringList& segments) const;
    SandboxResponse createAgreement(const SandboxRequest& request);
    SandboxResponse createAddition(const SandboxRequest& request, int agreementId);
    SandboxResponse createCatalogItem(const SandboxRequest& request);
    SandboxResponse patchAddition(const SandboxRequest& request, int additionIndex);
    SandboxResponse putAddition(const SandboxRequest& request, int additionIndex);
    int additionIndex(int agreementId, int additionId) const;
    CwJson json() const { return CwJson(m_data, m_apiBase); }
    // The answer with the RawWire's bad data put in.
    SandboxResponse served(const QString& pattern, SandboxResponse response) const;
    QString now() const;

    CwData& m_data;
    SandboxCredentials m_credentials;
    const SandboxClock* m_clock = nullptr;
    QString m_apiBase; // of the request being answered, for *_href links
    CwExtras m_agreementExtras;
    CwExtras m_additionExtras;
    CwExtras m_catalogExtras;
    bool m_roleDenied = false;
    int m_throttleLeft = 0;
    int m_retryAfter = 2;
    QList<SeenRequest> m_seen;
    int m_maxUrlLength = 0;
    RawWire m_raw;
};

} // namespace il::sandbox
