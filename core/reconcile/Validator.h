#pragma once

#include "reconcile/CwDirectory.h"
#include "reconcile/Finding.h"
#include "reconcile/LinkedLine.h"

#include <QDate>
#include <QList>

namespace il {

struct ValidationOptions {
    QDate month;
    bool compareUnitPrice = false; // false: unitCost (purchase source); true: unitPrice (sales)
    Decimal priceTolerance = Decimal::fromString(u"0.01");
    Decimal quantityTolerance;
    // The administration's currency code, named in the reason of a line of a foreign invoice;
    // empty: "the administration's currency".
    QString administrationCurrency;
};

struct ValidationResult {
    QList<Finding> findings; // parallel to the linked lines
    QList<ExtraAddition> extraAdditions;
};

// Compares every linked line with its agreement additions (DESIGN §3 Validation). Lines that
// share a link form a group whose summed quantity meets the additions' quantity; each line's
// net price meets the compared price field. Differences within tolerance are no deviation.
// The line's price is already excluding VAT and in the administration's currency (LinePricing);
// the reason says so where the invoice stated it otherwise.
class Validator {
public:
    Validator(const CwDirectory& directory, ValidationOptions options);

    ValidationResult validate(const QList<LinkedLine>& lines) const;

    static QString groupKey(const LinkedLine& line);
    // Sets each finding's group (validate() does): its lines, quantities, lead, and the lead's
    // deviation amount. Public for front-end tests that build findings by hand.
    static void markGroups(const QList<LinkedLine>& lines, QList<Finding>& findings);

private:
    QList<const Addition*> activeAdditions(int agreementId, const QString& productIdentifier) const;
    Finding judge(const LinkedLine& line, const Decimal& groupQuantity, int groupSize) const;
    QList<ExtraAddition> extras(const QList<LinkedLine>& lines) const;
    // "invoiced in USD; compared in EUR at the invoice's rate", "invoiced including VAT …".
    QString pricingNote(const InvoiceLine& line) const;

    const CwDirectory& m_directory;
    ValidationOptions m_options;
};

} // namespace il
