// What "Create product…" proposes for the shared ConnectWise catalog: nothing of the customer in
// the descriptions, and only the price the invoice gives (the other is typed by the user).
#include "ReconcileFixtures.h"

#include "reconcile/CatalogDraft.h"

#include <gtest/gtest.h>

using namespace fixtures;

namespace {

il::InvoiceLine described(const QString& key, const QString& name, const QString& description) {
    il::InvoiceLine l = line(key, "VEEAM-50", "3", "4.25");
    l.customerName = name;
    l.description = description;
    return l;
}

} // namespace

TEST(CatalogDraft, DescriptionsLeaveTheCustomerOut) {
    struct Case {
        QString key, name, description, expected;
    };
    const Case cases[] = {
        // The description rule: "[customer] item text".
        {QStringLiteral("Bos Elektro B.V."), QStringLiteral("Bos Elektro B.V."),
         QStringLiteral("[Bos Elektro B.V.] Veeam Backup 50 GB"), QStringLiteral("Veeam Backup 50 GB")},
        // The invoice-account rule: the key is an account code, the name is the account's name.
        {QStringLiteral("1001"), QStringLiteral("Acme B.V."), QStringLiteral("Acme B.V. - Veeam Backup 50 GB"),
         QStringLiteral("Veeam Backup 50 GB")},
        {QStringLiteral("MSP"), QStringLiteral("msp"), QStringLiteral("Veeam for MSP (MSPartner edition)"),
         QStringLiteral("Veeam for (MSPartner edition)")}, // whole words only
        // Nothing but the customer: the item code is all that is left to say.
        {QStringLiteral("Acme"), QStringLiteral("Acme"), QStringLiteral("[Acme]"), QStringLiteral("VEEAM-50")},
    };
    for (const Case& c : cases) {
        const il::InvoiceLine l = described(c.key, c.name, c.description);
        EXPECT_EQ(il::CatalogDraft::sharedDescription(l), c.expected) << c.description.toStdString();
        const il::NewCatalogItem draft = il::CatalogDraft::fromLine(l, false);
        EXPECT_EQ(draft.description, c.expected);
        EXPECT_EQ(draft.customerDescription, draft.description);
    }
}

TEST(CatalogDraft, OnlyThePriceTheInvoiceGivesIsProposed) {
    const il::InvoiceLine l = described(QStringLiteral("Acme"), QStringLiteral("Acme"), QStringLiteral("[Acme] Veeam"));
    const il::NewCatalogItem purchase = il::CatalogDraft::fromLine(l, false);
    EXPECT_EQ(purchase.identifier, QStringLiteral("VEEAM-50"));
    ASSERT_TRUE(purchase.cost.has_value());
    EXPECT_EQ(*purchase.cost, dec("4.25")); // what the distributor charges us
    EXPECT_FALSE(purchase.price.has_value()); // not 0: the user types it
    const il::NewCatalogItem sales = il::CatalogDraft::fromLine(l, true);
    ASSERT_TRUE(sales.price.has_value());
    EXPECT_EQ(*sales.price, dec("4.25"));
    EXPECT_FALSE(sales.cost.has_value());
}
