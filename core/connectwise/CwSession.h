#pragma once

#include "connectwise/CwApiVersion.h"
#include "connectwise/CwStatus.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "async/CancelToken.h"
#include "net/HttpClient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <qcoro/qcorotask.h>

#include <optional>

namespace il {

class SecretStore;

// The ConnectWise wire protocol under ConnectWiseClient: codebase discovery (cached; found
// again once when the API answers 404, as cloud upgrades move it), Basic auth from the key
// secrets, the clientId header, the model-version pin, page-by-page list reads, and errors
// that say which setting or secret to fix (connectwise.md §1–§3, §7).
class CwSession : public QObject {
    Q_OBJECT
public:
    // The default model version (connectwise/api_version unset): CwApiVersion::Checked.
    static constexpr const char* ApiVersion = CwApiVersion::Checked;
    static constexpr int PageSize = 1000;
    static constexpr int MaxUrlLength = 2000;

    CwSession(const QString& site, const QString& company, SecretStore& secrets, HttpClient& http,
              QObject* parent = nullptr);

    // "eu.myconnectwise.net" → "https://api-eu.myconnectwise.net": a scheme when missing, no
    // trailing slash, and the api- host for a cloud login host (DG "Cloud vs Premise").
    static QString normalizeSite(const QString& site);

    const QString& site() const { return m_site; }
    const QString& company() const { return m_company; }
    const QString& codebase() const { return m_codebase; } // empty before discovery
    const std::optional<CwCompanyInfo>& companyInfo() const { return m_info; }
    // The model version sent in Accept on every API call (connectwise/api_version). Its form is
    // checked in ensureReady, before the first call.
    const QString& apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString& version) { m_apiVersion = version.trimmed(); }
    HttpClient& http() { return m_http; }

    // GET {site}/login/companyinfo/{company}; nullopt when ConnectWise answers null (no such
    // company). Caches the codebase. Throws UserError when the answer is not ConnectWise's.
    QCoro::Task<std::optional<CwCompanyInfo>> fetchCompanyInfo(CancelToken cancel);
    // Like fetchCompanyInfo, but an unknown company is a UserError naming it.
    QCoro::Task<CwCompanyInfo> discover(CancelToken cancel);
    // Reads the three secrets; returns the names of those that are missing.
    QCoro::Task<QStringList> loadSecrets();
    // Settings checked, secrets read, codebase known; shared by concurrent callers.
    QCoro::Task<> ensureReady(CancelToken cancel);

    // One API call; path is relative to apis/3.0/ ("finance/agreements/12/additions"), query
    // already percent-encoded, endpoint the counted name ("finance/agreements/{id}/additions").
    QCoro::Task<HttpResponse> send(QByteArray method, QString path, QByteArray query, QString endpoint,
                                   QByteArray body, CancelToken cancel);
    // send() of a GET/PATCH/POST whose answer is one JSON object.
    QCoro::Task<QJsonObject> sendForObject(QByteArray method, QString path, QString endpoint, QByteArray body,
                                           CancelToken cancel);
    // Every record of a list: pageSize 1000, orderBy id asc, following Link rel="next", and
    // stopping early on a short page.
    QCoro::Task<QList<QJsonObject>> readAll(QString path, QString endpoint, QString conditions,
                                            CancelToken cancel);

    // How many encoded characters `conditions` may take in a list URL of `path` (after
    // ensureReady) so that every page's URL stays under MaxUrlLength.
    int conditionsBudget(const QString& path) const;
    // The page number of the rel="next" link of a Link header; nullopt when there is none.
    static std::optional<int> nextPage(const QByteArray& linkHeader);

signals:
    void readySettled();

private:
    QUrl apiUrl(const QString& path, const QByteArray& query) const;
    ApiError explain(const ApiError& e) const;
    QString secretHint(const QString& name) const;

    QString m_site;
    QString m_company;
    SecretStore& m_secrets;
    HttpClient& m_http;
    QString m_codebase;
    QString m_apiVersion = QString::fromLatin1(CwApiVersion::Checked);
    std::optional<CwCompanyInfo> m_info;
    QByteArray m_authorization;
    QByteArray m_clientId;
    bool m_ready = false;
    bool m_preparing = false;
};

} // namespace il
