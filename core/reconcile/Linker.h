#pragma once

#include "reconcile/CwDirectory.h"
#include "reconcile/LinkedLine.h"
#include "reconcile/RememberedLinks.h"

#include <QDate>
#include <QList>

namespace il {

// Ties every invoice line to a ConnectWise company, agreement and product (DESIGN §3 Linking):
// remembered links first, then automatic rules; ambiguity links nothing and names the candidates.
class Linker {
public:
    Linker(const CwDirectory& directory, const RememberedLinks& remembered, QDate month);

    QList<LinkedLine> link(const QList<InvoiceLine>& lines) const;
    LinkedLine link(const InvoiceLine& line) const;

    // Customer → company by the automatic rule only: identifier, else normalized name.
    // Returns 0 and a reason naming the candidates when there is no unique match.
    int matchCompany(const QString& customerKey, const QString& customerName, QString* reason) const;

private:
    int chooseAgreement(int companyId, const QString& productIdentifier, bool* inactive, QString* reason) const;
    bool holdsActiveAddition(int agreementId, const QString& productIdentifier) const;
    bool holdsAddition(int agreementId, const QString& productIdentifier) const;

    const CwDirectory& m_directory;
    const RememberedLinks& m_remembered;
    QDate m_month;
};

} // namespace il
