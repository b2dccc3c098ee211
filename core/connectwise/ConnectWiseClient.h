#pragma once

#include "connectwise/CwNewRecords.h"
#include "connectwise/CwSession.h"
#include "connectwise/CwStatus.h"
#include "connectwise/JsonPatch.h"
#include "domain/Addition.h"
#include "domain/Agreement.h"
#include "domain/CatalogItem.h"
#include "domain/Company.h"
#include "domain/Contact.h"
#include "domain/Reference.h"
#include "async/CancelToken.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <qcoro/qcorotask.h>

#include <exception>
#include <functional>

namespace il {

class HttpClient;
class SecretStore;
class Settings;

// The ConnectWise PSA client (connectwise.md): typed reads parsed at the boundary, JSON-Patch
// corrections and creates. The HttpClient comes from the caller, made with
// HttpPolicy{maxConcurrent = 4, rateLimit = RetryAfter}: it honours Retry-After, retries GET
// and PATCH on transient failures and never retries a POST. Every error is an ApiError with
// system "ConnectWise" (or a UserError for our own settings and secrets).
class ConnectWiseClient {
public:
    static constexpr int MaxInFlight = 4;

    // Reads connectwise/site, connectwise/company and connectwise/api_version now; secrets on
    // the first call.
    ConnectWiseClient(const Settings& settings, SecretStore& secrets, HttpClient& http);

    CwSession& session() { return m_session; }
    QString codebase() const { return m_session.codebase(); }

    // ---- reads ---------------------------------------------------------------------------
    // Companies matching ConditionsBuilder text; empty conditions = every company.
    QCoro::Task<QList<Company>> companies(QString conditions = {}, CancelToken cancel = {});
    // Every company not marked deleted.
    QCoro::Task<QList<Company>> activeCompanies(CancelToken cancel = {});
    // identifier in (…), split into URLs under 2,000 characters.
    QCoro::Task<QList<Company>> companiesByIdentifier(QStringList identifiers, CancelToken cancel = {});
    QCoro::Task<QList<Contact>> contactsOfCompany(int companyId, CancelToken cancel = {});
    QCoro::Task<QList<Agreement>> agreements(QString conditions = {}, CancelToken cancel = {});
    // company/id in (…) batches; `extraConditions` is and-ed to each batch.
    QCoro::Task<QList<Agreement>> agreementsOfCompanies(QList<int> companyIds, QString extraConditions = {},
                                                        CancelToken cancel = {});
    QCoro::Task<QList<Addition>> additions(int agreementId, CancelToken cancel = {});
    // One additions call per agreement, up to MaxInFlight at once. Keyed by agreement id; every
    // requested id is present. The first failure is rethrown after the calls in flight end.
    // progress (when given) hears done of total agreements after each one's additions arrived.
    using Progress = std::function<void(int done, int total)>;
    QCoro::Task<QMap<int, QList<Addition>>> additionsOfAgreements(QList<int> agreementIds,
                                                                  CancelToken cancel = {}, Progress progress = {});
    // The additions of one agreement with these ids (id in (…), split into URLs under 2,000
    // characters): the change check before a push reads each agreement once. An id ConnectWise
    // does not hold is simply absent.
    QCoro::Task<QList<Addition>> additionsById(int agreementId, QList<int> additionIds, CancelToken cancel = {});
    // A single addition: the read-back after a write whose answer was lost.
    QCoro::Task<Addition> addition(int agreementId, int additionId, CancelToken cancel = {});
    QCoro::Task<QList<CatalogItem>> catalogItems(QString conditions = {}, CancelToken cancel = {});
    QCoro::Task<QList<CatalogItem>> catalogItemsByIdentifier(QStringList identifiers,
                                                             CancelToken cancel = {});
    QCoro::Task<QList<Reference>> agreementTypes(CancelToken cancel = {});
    QCoro::Task<QList<Reference>> productTypes(CancelToken cancel = {});
    QCoro::Task<QList<Reference>> subcategories(CancelToken cancel = {});
    QCoro::Task<QList<Reference>> billingCycles(CancelToken cancel = {});
    QCoro::Task<CwSystemInfo> systemInfo(CancelToken cancel = {});

    // ---- writes --------------------------------------------------------------------------
    // PATCH with JSON-Patch operations; the updated addition as ConnectWise now holds it.
    QCoro::Task<Addition> patchAddition(int agreementId, int additionId, QList<JsonPatch> ops,
                                        CancelToken cancel = {});
    // POSTs (never retried): the created record.
    QCoro::Task<Addition> createAddition(int agreementId, NewAddition addition, CancelToken cancel = {});
    QCoro::Task<Agreement> createAgreement(NewAgreement agreement, CancelToken cancel = {});
    QCoro::Task<CatalogItem> createCatalogItem(NewCatalogItem item, CancelToken cancel = {});

    // ---- connection ----------------------------------------------------------------------
    // Site, company, codebase and versions for `auth status`; throws on any failure.
    QCoro::Task<ConnectWiseStatus> status(CancelToken cancel = {});
    // Which of site, company, keys, clientId or security role is wrong; never throws for those.
    QCoro::Task<ConnectionCheck> testConnection(CancelToken cancel = {});

    // Body texts of the POSTs (exact decimals), for tests and logs.
    static QByteArray additionBody(const NewAddition& a);
    static QByteArray agreementBody(const NewAgreement& a);
    static QByteArray catalogItemBody(const NewCatalogItem& c);

private:
    struct FanOut {
        QList<int> ids;
        qsizetype next = 0;
        QMap<int, QList<Addition>> result;
        std::exception_ptr error;
        CancelToken cancel;
        Progress progress;
    };
    QCoro::Task<> additionsWorker(FanOut* state);
    QCoro::Task<QList<QJsonObject>> readInBatches(QString path, QString endpoint, QString field,
                                                  QStringList literals, QString extra, CancelToken cancel);
    QCoro::Task<QList<Reference>> references(QString path, CancelToken cancel);

    CwSession m_session;
};

} // namespace il
