#include "reconcile/CwDirectory.h"

#include "reconcile/NameNormalizer.h"

#include <algorithm>

namespace il {

void CwDirectory::index() {
    m_companyById.clear();
    m_agreementById.clear();
    m_additionById.clear();
    m_catalogByIdentifier.clear();
    m_companiesByIdentifier.clear();
    m_companiesByName.clear();
    m_agreementsByCompany.clear();
    m_additionsByAgreement.clear();
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const Company& c = companies[i];
        m_companyById.insert(c.id, i);
        if (c.deleted)
            continue; // deleted companies never match
        m_companiesByIdentifier.insert(foldKey(c.identifier), i);
        m_companiesByName.insert(NameNormalizer::normalize(c.name), i);
    }
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        m_agreementById.insert(agreements[i].id, i);
        m_agreementsByCompany.insert(agreements[i].companyId, i);
    }
    for (qsizetype i = 0; i < additions.size(); ++i) {
        m_additionById.insert(additions[i].id, i);
        m_additionsByAgreement.insert(additions[i].agreementId, i);
    }
    for (qsizetype i = 0; i < catalog.size(); ++i)
        m_catalogByIdentifier.insert(foldKey(catalog[i].identifier), i);
}

const Company* CwDirectory::company(int id) const {
    auto it = m_companyById.constFind(id);
    return it == m_companyById.cend() ? nullptr : &companies[*it];
}

const Agreement* CwDirectory::agreement(int id) const {
    auto it = m_agreementById.constFind(id);
    return it == m_agreementById.cend() ? nullptr : &agreements[*it];
}

const Addition* CwDirectory::addition(int id) const {
    auto it = m_additionById.constFind(id);
    return it == m_additionById.cend() ? nullptr : &additions[*it];
}

const CatalogItem* CwDirectory::catalogItem(const QString& identifier) const {
    auto it = m_catalogByIdentifier.constFind(foldKey(identifier));
    return it == m_catalogByIdentifier.cend() ? nullptr : &catalog[*it];
}

namespace {
template<typename T>
QList<const T*> collect(const QList<qsizetype>& indexes, const QList<T>& list) {
    QList<qsizetype> sorted = indexes;
    std::sort(sorted.begin(), sorted.end()); // stable, deterministic order
    QList<const T*> out;
    out.reserve(sorted.size());
    for (qsizetype i : sorted)
        out.append(&list[i]);
    return out;
}
} // namespace

QList<const Company*> CwDirectory::companiesWithIdentifier(const QString& identifier) const {
    return collect(m_companiesByIdentifier.values(foldKey(identifier)), companies);
}

QList<const Company*> CwDirectory::companiesWithNormalizedName(const QString& normalized) const {
    if (normalized.isEmpty())
        return {};
    return collect(m_companiesByName.values(normalized), companies);
}

QList<const Agreement*> CwDirectory::agreementsOf(int companyId) const {
    return collect(m_agreementsByCompany.values(companyId), agreements);
}

QList<const Addition*> CwDirectory::additionsOf(int agreementId) const {
    return collect(m_additionsByAgreement.values(agreementId), additions);
}

} // namespace il
