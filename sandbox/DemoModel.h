#pragma once

#include "money/Decimal.h"
#include "sandbox/DemoOptions.h"
#include "sandbox/DemoRandom.h"
#include "sandbox/SandboxData.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

// The demo generator's working model: who the customers are, what they buy and which planted
// story each (customer, product) group tells. The builders turn it into SandboxData.
namespace il::sandbox {

enum class CustomerKind {
    Normal,
    TwoAgreements,    // two active agreements; products split over them
    NameOnly,         // Exact code differs from the CW identifier; names match after normalization
    DeletedDuplicate, // a deleted CW company carries the same name (must never match)
    InactiveEnded,    // only agreement: status Active but ended before the month
    InactiveStatus,   // only agreement: status Inactive
    Ambiguous,        // two live CW companies share the name: no automatic link
    CwOnly,           // a CW client that buys nothing from the distributor (not in Exact)
};

enum class Scenario {
    Plain,
    QuantityMismatch,
    PriceMismatch,
    PriceAndQuantity,
    NoAddition,
    Cancelled, // addition cancelled before the month → no_addition
    Future,    // addition effective after the month → no_addition
    MultiOk,   // two active additions whose quantities sum to the line's
    MultiMismatch,
    Credit,  // a line plus a credit line netting to the addition
    Grouped, // two lines summing to the addition
    GroupedMismatch,
    ToleranceHalfCent,
    ToleranceCent, // exactly the 0.01 tolerance → ok
    ToleranceJustOver,
    DiscountOk,       // net price equals unitCost
    DiscountTrap,     // unit price equals unitCost, net price does not
    CancelledInMonth, // cancelled on the month's first day: still active
    EffectiveLastDay, // effective on the month's last day: active
    Replaced,         // cancelled before the month and re-added on its first day
    UnlinkedItem,     // item code without a catalog item
    InactiveAgreement,
    Ambiguous,
    VatIncluded,     // invoiced under an including VAT code: excluding VAT the price matches → ok
    ForeignCurrency, // on the month's USD invoice: at the invoice's rate the price matches → ok
};

// The statuses of issue 3, as the demo's config (purchase source, description rule, unitCost)
// must report them.
namespace status {
inline const QString Ok = QStringLiteral("ok");
inline const QString Quantity = QStringLiteral("quantity_mismatch");
inline const QString Price = QStringLiteral("price_mismatch");
inline const QString PriceAndQuantity = QStringLiteral("price_and_quantity_mismatch");
inline const QString NoAddition = QStringLiteral("no_addition");
inline const QString AgreementInactive = QStringLiteral("agreement_inactive");
inline const QString Unlinked = QStringLiteral("unlinked");
} // namespace status

struct DemoItem {
    QString code;         // Exact item code
    QString cwIdentifier; // catalog identifier (case may differ); empty when not in the catalog
    QString description;
    Decimal cost;  // the distributor's price to us
    Decimal price; // our list price to the customer
    bool divisible = false;
    bool inExact = true; // false for services that never come from the distributor
    QString exactId;
    int catalogId = 0; // 0 = no catalog item
    int subcategoryId = 0;
    int typeId = 0;
};

struct DemoCustomer {
    CustomerKind kind = CustomerKind::Normal;
    QString exactName; // account name, also the bracketed text in line descriptions
    QString exactCode; // trimmed account code
    QString exactAccountId;
    QString exactProjectId; // the customer's project/Projects record, on every line it buys
    QString cwName;
    QString cwIdentifier;
    int cwCompanyId = 0;
    int twinCompanyId = 0;             // Ambiguous: the other live company with the same name
    bool needsSingleAgreement = false; // holds a no_addition story: the fallback rule must pick
    bool agreementEndsInMonth = false;
    int extraAgreements = 0;
    QList<int> items;        // item indexes invoiced to this customer
    QList<int> agreementIds; // filled by DemoAgreementBuilder
};

struct DemoLine {
    Decimal quantity; // negative on credit lines
    Decimal unitPrice;
    Decimal discount;
    Decimal salesPrice; // the mirrored sales line's price
    bool credit = false;
    bool supplementary = false; // on the month's late supplementary invoice
    bool vatIncluded = false;   // booked under VAT code "5" (including): prices carry 21 % VAT
    bool foreign = false;       // on the month's invoice in USD
    QString status;
};

struct DemoAddition {
    int item = 0;
    Decimal quantity;
    Decimal unitCost;
    Decimal unitPrice;
    QDate effective;
    QDate cancelled;
};

struct DemoGroup {
    int customer = 0;
    int item = 0;
    Scenario scenario = Scenario::Plain;
    Decimal baseQuantity;
    QList<DemoLine> lines;
    QList<DemoAddition> additions;
    int agreementId = 0;
};

struct DemoContext {
    DemoContext(const DemoOptions& opts, QDate demoMonth, SandboxData& out)
        : options(opts)
        , month(demoMonth)
        , rng(opts.seed)
        , data(out) {}

    DemoOptions options;
    QDate month; // first day
    DemoRandom rng;
    SandboxData& data;
    QList<DemoCustomer> customers;
    QList<DemoItem> items;
    QList<int> invoicedItems;  // in Exact and in the catalog
    QList<int> noCatalogItems; // in Exact only: lines with them stay unlinked
    QList<int> serviceItems;   // in the catalog only: services from other suppliers
    QList<DemoGroup> groups;
    QString supplierAccountId; // the distributor's Exact account
    int scale = 1;             // planted stories per kind grow with the line count

    QDate lastDay() const { return month.addMonths(1).addDays(-1); }
    QString newGuid() {
        QString id;
        do
            id = rng.guid();
        while (m_guids.contains(id));
        m_guids.insert(id);
        return id;
    }

private:
    QSet<QString> m_guids; // membership only; never iterated (QSet order is not deterministic)
};

} // namespace il::sandbox
