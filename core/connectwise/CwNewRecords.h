#pragma once

#include "money/Decimal.h"

#include <QDate>
#include <QString>

#include <optional>

namespace il {

// POST /finance/agreements/{id}/additions. product (id or identifier) and billCustomer are
// required by ConnectWise (connectwise.md §5.3).
struct NewAddition {
    int productId = 0;                                 // preferred
    QString productIdentifier;                         // used when productId is 0
    QString billCustomer = QStringLiteral("Billable"); // Billable, DoNotBill, NoCharge
    Decimal quantity;
    std::optional<Decimal> unitPrice;
    std::optional<Decimal> unitCost;
    QDate effectiveDate; // left out when null
    QString description; // left out when empty
};

// POST /finance/agreements: name, type, company and contact are required (§5.2).
struct NewAgreement {
    QString name;
    int typeId = 0;
    int companyId = 0;
    int contactId = 0;
    QDate startDate;
    QDate endDate;          // null: no ending date
    int billingCycleId = 0; // 0: ConnectWise's default
};

// POST /procurement/catalog: identifier, description, subcategory, type and
// customerDescription are required (§5.5).
struct NewCatalogItem {
    QString identifier;
    QString description; // at most 60 characters
    QString customerDescription;
    int subcategoryId = 0;
    int typeId = 0;
    QString productClass = QStringLiteral("NonInventory");
    std::optional<Decimal> price;
    std::optional<Decimal> cost;
};

} // namespace il
