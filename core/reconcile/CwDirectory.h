#pragma once

#include "domain/Addition.h"
#include "domain/Agreement.h"
#include "domain/CatalogItem.h"
#include "domain/Company.h"

#include <QHash>
#include <QList>

namespace il {

// The part of ConnectWise a month's reconciliation looks at, with the lookups the linker and
// validator need. Call index() after filling or changing the lists.
class CwDirectory {
public:
    QList<Company> companies;
    QList<Agreement> agreements;
    QList<Addition> additions;
    QList<CatalogItem> catalog;

    void index();

    const Company* company(int id) const;
    const Agreement* agreement(int id) const;
    const Addition* addition(int id) const;
    // Identifier match is case-insensitive, as item codes and identifiers differ in case.
    const CatalogItem* catalogItem(const QString& identifier) const;
    QList<const Company*> companiesWithIdentifier(const QString& identifier) const; // not deleted
    QList<const Company*> companiesWithNormalizedName(const QString& normalized) const; // not deleted
    QList<const Agreement*> agreementsOf(int companyId) const;
    QList<const Addition*> additionsOf(int agreementId) const;

    static QString foldKey(const QString& text) { return text.trimmed().toCaseFolded(); }

private:
    QHash<int, qsizetype> m_companyById, m_agreementById, m_additionById;
    QHash<QString, qsizetype> m_catalogByIdentifier;
    QMultiHash<QString, qsizetype> m_companiesByIdentifier, m_companiesByName;
    QMultiHash<int, qsizetype> m_agreementsByCompany, m_additionsByAgreement;
};

} // namespace il
