#pragma once

#include "domain/Addition.h"
#include "domain/Agreement.h"
#include "domain/CatalogItem.h"
#include "domain/Company.h"
#include "domain/Contact.h"
#include "domain/Reference.h"
#include "money/Decimal.h"
#include "sandbox/exact/ExactScopes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace il::sandbox {

// ---- Exact Online side ------------------------------------------------------------------
struct ExactAccount {
    QString id;   // GUID, lower case, no braces
    QString code; // 18 characters, right-aligned with leading spaces, as Exact sends it
    QString name;
};

struct ExactItem {
    QString id;
    QString code;
    QString description;
    Decimal costPriceStandard;
};

// project/Projects: a line's Project is this record's GUID; Code is what customer_key=project uses.
struct ExactProject {
    QString id;
    QString code;
    QString description;
};

// vat/VATCodes: Type B (0 %, base amount only), E (excluding), I (including) or N (no VAT);
// Percentage is a fraction (0.21).
struct ExactVatCode {
    QString id;
    QString code;
    QString description;
    QString type;
    Decimal percentage;
};

// Prices as Exact sends them on GET (api/exact-online.md §4.2, §4.5a): unitPrice and netPrice
// in the invoice's currency and including VAT when the line's VAT code is of type I; amount
// always excluding VAT, in the invoice's currency.
struct ExactInvoiceLine {
    QString id;
    int lineNumber = 0;
    QString itemId;
    QString description;
    Decimal quantity;
    Decimal unitPrice;
    Decimal discount; // 0.1 = 10 %
    Decimal netPrice; // unitPrice × (1 − discount)
    Decimal amount;   // quantity × netPrice, excl. VAT
    QString vatCode = QStringLiteral("2");
    Decimal vatPercentage = Decimal::fromString(u"0.21"); // the line's VATPercentage
    QString costCenter;
    QString costUnit;
    QString project; // an ExactProject id (Edm.Guid), empty for none
};

struct ExactInvoice {
    QString id;
    QDate invoiceDate;
    int invoiceNumber = 0; // sales InvoiceNumber / purchase EntryNumber
    QString yourRef;       // purchase: the supplier's invoice number
    QString accountId;     // sales: OrderedBy/InvoiceTo; purchase: Supplier
    int type = 0;          // sales 8020/8021; purchase 8033/8034
    int status = 50;
    QString description;
    QString currency;                      // empty: the administration's currency
    Decimal exchangeRate = Decimal::fromInt(1); // invoice currency → administration currency
    QList<ExactInvoiceLine> lines;
};

struct ExactData {
    int division = 0; // the administration that holds the data below
    QString divisionName;
    // Further administrations the user reaches (code → name); they hold no invoices. A request
    // for a division in neither is refused as Exact refuses it (403, division scope).
    QMap<int, QString> otherDivisions;
    // The user's current division (current/Me); 0 = `division`.
    int currentDivision = 0;
    QString userId;
    QString userFullName;
    QString userEmail;
    QList<ExactAccount> accounts;
    QList<ExactItem> items;
    QList<ExactProject> projects;
    QString currency = QStringLiteral("EUR"); // the administration's (system/Divisions Currency)
    // Dutch defaults as a new administration has them; the demo invoices use "2" and "5".
    QList<ExactVatCode> vatCodes = {
        {QStringLiteral("6e0a3f21-0b7c-4d2e-9a11-000000000000"), QStringLiteral("0"), QStringLiteral("0% VAT"),
         QStringLiteral("B"), Decimal()},
        {QStringLiteral("6e0a3f21-0b7c-4d2e-9a11-000000000002"), QStringLiteral("2"),
         QStringLiteral("VAT 21% excl."), QStringLiteral("E"), Decimal::fromString(u"0.21")},
        {QStringLiteral("6e0a3f21-0b7c-4d2e-9a11-000000000005"), QStringLiteral("5"),
         QStringLiteral("VAT 21% incl."), QStringLiteral("I"), Decimal::fromString(u"0.21")}};
    QList<ExactInvoice> purchaseInvoices;
    QList<ExactInvoice> salesInvoices;
    // purchaseentry/PurchaseEntries (issue 8 point 4): the distributor's invoice booked as a
    // financial purchase entry. invoiceDate is EntryDate, invoiceNumber EntryNumber, yourRef the
    // supplier's number, type 30 (entry) or 31 (credit note). Entry lines carry no item, no unit
    // price and no discount: only description, quantity, amount (AmountDC), cost center/unit and
    // project are served.
    QList<ExactInvoice> purchaseEntries;
    // Endpoints ("purchase/PurchaseInvoices") the user has NO right on; empty = all rights.
    QSet<QString> deniedEndpoints;
    // The App-Center scopes granted to the app, as Exact names them in its 403
    // ("organization.administration"); by default every scope the product reads (ExactScopes).
    QSet<QString> grantedScopes = ExactScopes::everythingTheProductNeeds();
};

// ---- ConnectWise side -------------------------------------------------------------------
struct CwData {
    QString companyId;      // login company, e.g. "invoicelink"
    QString codebase;       // e.g. "v2025_1/" (never v4_6_release/, to prove discovery)
    QList<Company> companies;
    QList<Contact> contacts;
    QList<Agreement> agreements;
    QList<Addition> additions;
    QList<CatalogItem> catalog;
    QList<Reference> agreementTypes;
    QList<Reference> productTypes;
    QList<Reference> subcategories;
    QList<Reference> billingCycles;
};

// What the generator planted, for tests and the e2e run: the line statuses a correct
// reconciliation must report (issue 3 vocabulary) and the extra additions.
struct PlantedTruth {
    QMap<QString, QString> statusByLineId; // Exact line id → ok, quantity_mismatch, ...
    QList<int> extraAdditionIds;
};

// Credentials the fakes accept; printed in the standalone sandbox's ready-to-use config.
struct SandboxCredentials {
    QString exactClientId = QStringLiteral("b81f2f0c-7d55-4a8e-9b0a-5c1d2e3f4a5b");
    QString exactClientSecret = QStringLiteral("sandbox-client-secret");
    QString exactInitialRefreshToken; // set by the server at start; seeds exact.refresh_token
    QString cwPublicKey = QStringLiteral("sandboxpub");
    QString cwPrivateKey = QStringLiteral("sandboxpriv");
    QString cwClientId = QStringLiteral("3c9a1e4b-0f6d-4c2a-8e7b-1a2b3c4d5e6f");
};

struct SandboxData {
    QDate demoMonth; // first day of the month
    ExactData exact;
    CwData cw;
    PlantedTruth planted;
};

} // namespace il::sandbox
