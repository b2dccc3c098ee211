#pragma once

#include "connectwise/CwNewRecords.h"
#include "domain/Agreement.h"
#include "domain/CatalogItem.h"
#include "domain/Contact.h"
#include "domain/Reference.h"
#include "async/CancelToken.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <qcoro/qcorotask.h>

#include <optional>

namespace il {

class ConnectWiseClient;

// What the pickers and create dialogs look up in ConnectWise (a company's agreements and
// contacts, the catalog, the reference lists), cached for the workspace's life instead of per
// run: switching months must not read the same lists again, and a run that is replaced must not
// take the lookups of an open dialog with it. Creating a record drops what it makes stale and
// says what was created, so the month's run can add it to its own directory.
class CwLookups : public QObject {
    Q_OBJECT
public:
    explicit CwLookups(ConnectWiseClient& connectwise, QObject* parent = nullptr);

    QCoro::Task<QList<Agreement>> agreementsOf(int companyId, CancelToken cancel = {});
    QCoro::Task<QList<CatalogItem>> catalog(CancelToken cancel = {}); // every catalog item
    QCoro::Task<QList<Contact>> contactsOf(int companyId, CancelToken cancel = {});
    QCoro::Task<QList<Reference>> agreementTypes(CancelToken cancel = {});
    QCoro::Task<QList<Reference>> billingCycles(CancelToken cancel = {});
    QCoro::Task<QList<Reference>> productTypes(CancelToken cancel = {});
    QCoro::Task<QList<Reference>> subcategories(CancelToken cancel = {});

    // Creates the record in ConnectWise, drops the cached list it belongs to and emits created.
    QCoro::Task<Agreement> createAgreement(NewAgreement agreement, CancelToken cancel = {});
    QCoro::Task<CatalogItem> createCatalogItem(NewCatalogItem item, CancelToken cancel = {});

    // A month's load read every agreement of these companies: the pickers need not read them
    // again. Only whole lists per company are given here (MonthRun reads a company's all).
    void remember(const QList<Agreement>& agreementsOfWholeCompanies);
    // Forgets everything (the settings changed, or the user asks to read ConnectWise afresh).
    void clear();

signals:
    void agreementCreated(const il::Agreement& agreement);
    void catalogItemCreated(const il::CatalogItem& item);

private:
    using ReferenceCache = std::optional<QList<Reference>>;
    using ReadReferences = QCoro::Task<QList<Reference>> (ConnectWiseClient::*)(CancelToken);
    QCoro::Task<QList<Reference>> reference(ReferenceCache& cache, ReadReferences read, CancelToken cancel);

    ConnectWiseClient& m_cw;
    QHash<int, QList<Agreement>> m_agreements;
    QHash<int, QList<Contact>> m_contacts;
    std::optional<QList<CatalogItem>> m_catalog;
    ReferenceCache m_agreementTypes, m_billingCycles, m_productTypes, m_subcategories;
};

} // namespace il
