#include "engine/CwLookups.h"

#include "connectwise/ConnectWiseClient.h"

namespace il {

CwLookups::CwLookups(ConnectWiseClient& connectwise, QObject* parent)
    : QObject(parent)
    , m_cw(connectwise) {}

QCoro::Task<QList<Agreement>> CwLookups::agreementsOf(int companyId, CancelToken cancel) {
    if (!m_agreements.contains(companyId)) {
        // (Brace lists as co_await arguments break GCC 12: use locals.)
        const QList<int> company{companyId};
        const QList<Agreement> read = co_await m_cw.agreementsOfCompanies(company, QString(), cancel);
        m_agreements.insert(companyId, read);
    }
    const QList<Agreement> agreements = m_agreements.value(companyId); // (QCoro moves a non-local)
    co_return agreements;
}

QCoro::Task<QList<CatalogItem>> CwLookups::catalog(CancelToken cancel) {
    if (!m_catalog)
        m_catalog = co_await m_cw.catalogItems({}, cancel);
    const QList<CatalogItem> items = *m_catalog;
    co_return items;
}

QCoro::Task<QList<Contact>> CwLookups::contactsOf(int companyId, CancelToken cancel) {
    if (!m_contacts.contains(companyId)) {
        const QList<Contact> read = co_await m_cw.contactsOfCompany(companyId, cancel);
        m_contacts.insert(companyId, read);
    }
    const QList<Contact> contacts = m_contacts.value(companyId);
    co_return contacts;
}

QCoro::Task<QList<Reference>> CwLookups::reference(ReferenceCache& cache, ReadReferences read,
                                                   CancelToken cancel) {
    if (!cache)
        cache = co_await (m_cw.*read)(cancel);
    const QList<Reference> references = *cache;
    co_return references;
}

QCoro::Task<QList<Reference>> CwLookups::agreementTypes(CancelToken cancel) {
    return reference(m_agreementTypes, &ConnectWiseClient::agreementTypes, cancel);
}

QCoro::Task<QList<Reference>> CwLookups::billingCycles(CancelToken cancel) {
    return reference(m_billingCycles, &ConnectWiseClient::billingCycles, cancel);
}

QCoro::Task<QList<Reference>> CwLookups::productTypes(CancelToken cancel) {
    return reference(m_productTypes, &ConnectWiseClient::productTypes, cancel);
}

QCoro::Task<QList<Reference>> CwLookups::subcategories(CancelToken cancel) {
    return reference(m_subcategories, &ConnectWiseClient::subcategories, cancel);
}

QCoro::Task<Agreement> CwLookups::createAgreement(NewAgreement agreement, CancelToken cancel) {
    const Agreement created = co_await m_cw.createAgreement(agreement, cancel);
    // ConnectWise may fill in what the request left out: the company's list is read afresh.
    m_agreements.remove(created.companyId);
    emit agreementCreated(created);
    co_return created;
}

QCoro::Task<CatalogItem> CwLookups::createCatalogItem(NewCatalogItem item, CancelToken cancel) {
    const CatalogItem created = co_await m_cw.createCatalogItem(item, cancel);
    m_catalog.reset();
    emit catalogItemCreated(created);
    co_return created;
}

void CwLookups::remember(const QList<Agreement>& agreementsOfWholeCompanies) {
    QHash<int, QList<Agreement>> byCompany;
    for (const Agreement& a : agreementsOfWholeCompanies)
        byCompany[a.companyId].append(a);
    for (auto it = byCompany.cbegin(); it != byCompany.cend(); ++it)
        m_agreements.insert(it.key(), it.value());
}

void CwLookups::clear() {
    m_agreements.clear();
    m_contacts.clear();
    m_catalog.reset();
    m_agreementTypes.reset();
    m_billingCycles.reset();
    m_productTypes.reset();
    m_subcategories.reset();
}

} // namespace il
