#include "ReconcileFixtures.h"

#include "reconcile/Linker.h"
#include "reconcile/PushPlanner.h"
#include "reconcile/Validator.h"

#include <gtest/gtest.h>

using namespace fixtures;
using il::PushKind;

namespace {

struct PlannerTest : ::testing::Test {
    il::CwDirectory dir;
    il::RememberedLinks remembered;
    QSet<PushKind> kinds{PushKind::Quantity, PushKind::Price, PushKind::Create};

    void SetUp() override {
        dir.companies = {company(1, "ACME", QStringLiteral("Acme")), company(2, "BETA", QStringLiteral("Beta"))};
        dir.agreements = {agreement(10, 1), agreement(20, 2)};
        dir.additions = {addition(100, 10, "M365", "10", "18.10", "20.60"), addition(200, 20, "AV", "3", "2.50", "4"),
                         addition(201, 20, "AV", "4", "2.50", "4")};
        il::CatalogItem backup = item(3, "BACKUP");
        backup.price = dec("6.95");
        backup.cost = dec("4.10");
        il::CatalogItem unpriced = item(4, "DNS"); // nobody set its price in ConnectWise
        unpriced.cost = dec("0.80");
        dir.catalog = {item(1, "M365"), item(2, "AV"), backup, unpriced};
        dir.index();
    }

    QList<il::PushAction> plan(const QList<il::InvoiceLine>& lines, bool sales = false) const {
        const auto linked = il::Linker(dir, remembered, kMonth).link(lines);
        il::ValidationOptions options{kMonth};
        options.compareUnitPrice = sales;
        const auto result = il::Validator(dir, options).validate(linked);
        return il::PushPlanner(dir, {kMonth, sales, kinds}).plan(linked, result.findings);
    }
    void addBackupAddition(QDate effective, QDate cancelled) {
        dir.additions.append(addition(812, 10, "BACKUP", "5", "4.10", "6.95", effective, cancelled));
        dir.index();
    }
};

} // namespace

TEST_F(PlannerTest, QuantityAndPriceOfAGroupBecomeOneUpdate) {
    const auto actions = plan({line(QStringLiteral("ACME"), "M365", "8", "18.50", "l1"),
                               line(QStringLiteral("ACME"), "M365", "4", "18.50", "l2")});
    ASSERT_EQ(actions.size(), 1);
    const auto& a = actions.first();
    EXPECT_EQ(a.additionId, 100);
    EXPECT_EQ(a.lineId, QStringLiteral("l1"));
    EXPECT_EQ(a.lineIndexes.size(), 2);
    ASSERT_EQ(a.changes.size(), 2);
    EXPECT_EQ(a.changes[0].field, QStringLiteral("quantity"));
    EXPECT_EQ(a.changes[0].oldValue, dec("10"));
    EXPECT_EQ(a.changes[0].newValue, dec("12"));
    EXPECT_EQ(a.changes[1].field, QStringLiteral("unitCost"));
    EXPECT_EQ(a.changes[1].newValue, dec("18.50"));
    EXPECT_EQ(a.loaded.id, 100);
}

TEST_F(PlannerTest, OnlyTheAskedKindsArePlanned) {
    kinds = {PushKind::Price};
    const auto actions = plan({line(QStringLiteral("ACME"), "M365", "12", "18.50")});
    ASSERT_EQ(actions.size(), 1);
    ASSERT_EQ(actions.first().changes.size(), 1);
    EXPECT_EQ(actions.first().changes.first().field, QStringLiteral("unitCost"));
    kinds = {PushKind::Create};
    EXPECT_TRUE(plan({line(QStringLiteral("ACME"), "M365", "12", "18.50")}).isEmpty());
}

TEST_F(PlannerTest, OkLinesPlanNothing) {
    EXPECT_TRUE(plan({line(QStringLiteral("ACME"), "M365", "10", "18.10")}).isEmpty());
}

TEST_F(PlannerTest, SeveralAdditionsAreSkippedWithTheReason) {
    const auto actions = plan({line(QStringLiteral("BETA"), "AV", "9", "2.50")});
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first().skipped());
    EXPECT_TRUE(actions.first().changes.isEmpty());
    EXPECT_TRUE(actions.first().skipReason.contains(QStringLiteral("2 active additions")));
}

TEST_F(PlannerTest, DisagreeingLinePricesAreSkipped) {
    const auto actions = plan({line(QStringLiteral("ACME"), "M365", "5", "18.50"), line(QStringLiteral("ACME"), "M365", "5", "18.90")});
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first().skipped());
    EXPECT_TRUE(actions.first().skipReason.contains(QStringLiteral("18.5, 18.9")));
}

TEST_F(PlannerTest, MissingAdditionIsCreatedWithCatalogPrice) {
    const auto actions = plan({line(QStringLiteral("ACME"), "BACKUP", "3", "4.25"), line(QStringLiteral("ACME"), "BACKUP", "2", "4.25")});
    ASSERT_EQ(actions.size(), 1);
    const auto& a = actions.first();
    EXPECT_TRUE(a.isCreate());
    EXPECT_EQ(a.agreementId, 10);
    EXPECT_EQ(a.productId, 3);
    EXPECT_EQ(a.effectiveDate, QDate(2026, 10, 1));
    ASSERT_EQ(a.changes.size(), 3);
    EXPECT_EQ(a.changes[0].newValue, dec("5"));
    EXPECT_EQ(a.changes[1].newValue, dec("4.25")); // unitCost from the purchase invoice
    EXPECT_EQ(a.changes[2].newValue, dec("6.95")); // unitPrice from the catalog
}

// The rule of issue 7 §5, as a table: a create happens only when the agreement holds no addition
// of the product at all; an ended or future one means someone decided, so the line is skipped
// with the addition's id and date.
TEST_F(PlannerTest, CreatesOnlyWhenTheAgreementHasNoAdditionOfTheProductAtAll) {
    struct Case {
        const char* name;
        QDate effective, cancelled; // of addition 812; invalid effective = no addition at all
        const char* reason;         // empty: created
    };
    const Case cases[] = {
        {"no addition at all", QDate(), QDate(), ""},
        {"cancelled before the month", QDate(2025, 3, 1), QDate(2026, 9, 30),
         "addition 812 of BACKUP on agreement 10 was cancelled on 2026-09-30; nothing created"},
        {"starts after the month", QDate(2026, 12, 1), QDate(),
         "addition 812 of BACKUP on agreement 10 starts on 2026-12-01, after 2026-10; nothing created"},
        {"starts the day after the month", QDate(2026, 11, 1), QDate(),
         "addition 812 of BACKUP on agreement 10 starts on 2026-11-01, after 2026-10; nothing created"},
    };
    for (const Case& c : cases) {
        SetUp();
        if (c.effective.isValid())
            addBackupAddition(c.effective, c.cancelled);
        const auto actions = plan({line(QStringLiteral("ACME"), "BACKUP", "5", "4.25")});
        ASSERT_EQ(actions.size(), 1) << c.name;
        const il::PushAction& a = actions.first();
        EXPECT_TRUE(a.isCreate()) << c.name;
        EXPECT_EQ(a.skipReason, QString::fromUtf8(c.reason)) << c.name;
        EXPECT_FALSE(a.needsPrice) << c.name;
        EXPECT_EQ(a.changes.isEmpty(), a.skipped()) << c.name << ": a skipped create carries nothing to send";
    }
}

TEST_F(PlannerTest, ACatalogItemWithoutAPriceSkipsTheCreateUntilTheUserGivesOne) {
    const auto actions = plan({line(QStringLiteral("ACME"), "DNS", "12", "0.8325")});
    ASSERT_EQ(actions.size(), 1);
    il::PushAction a = actions.first();
    EXPECT_TRUE(a.isCreate());
    EXPECT_TRUE(a.skipped()); // the CLI (and the Pusher) leave it alone
    EXPECT_TRUE(a.needsPrice);
    EXPECT_EQ(a.neededField, QStringLiteral("unitPrice"));
    EXPECT_EQ(a.skipReason,
              QStringLiteral("catalog item DNS has no price; set one in ConnectWise or create it from the window"));
    EXPECT_FALSE(il::PushPlanner::supplyPrice(a, dec("-1")));
    EXPECT_TRUE(a.skipped());
    ASSERT_TRUE(il::PushPlanner::supplyPrice(a, dec("1.50")));
    EXPECT_FALSE(a.skipped());
    EXPECT_FALSE(a.needsPrice);
    ASSERT_EQ(a.changes.size(), 3);
    EXPECT_EQ(a.changes[1].newValue, dec("0.8325")); // unitCost: the invoice's
    EXPECT_EQ(a.changes[2].newValue, dec("1.50"));   // unitPrice: the user's
    EXPECT_FALSE(il::PushPlanner::supplyPrice(a, dec("2"))) << "only an action that needs a price takes one";
}

TEST_F(PlannerTest, TheSalesSourceAsksForTheCostTheCatalogLacks) {
    // Sales: the invoice gives unitPrice, the catalog the cost; BACKUP's cost was never set.
    dir.catalog[2].cost = il::Decimal();
    dir.index();
    const auto actions = plan({line(QStringLiteral("ACME"), "BACKUP", "2", "9.90")}, true);
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first().needsPrice);
    EXPECT_EQ(actions.first().neededField, QStringLiteral("unitCost"));
    EXPECT_TRUE(actions.first().skipReason.startsWith(QStringLiteral("catalog item BACKUP has no cost;")))
        << actions.first().skipReason.toStdString();
}

TEST_F(PlannerTest, AnInvoicePriceOfZeroIsCreatedAsZero) {
    const auto actions = plan({line(QStringLiteral("ACME"), "BACKUP", "3", "0")});
    ASSERT_EQ(actions.size(), 1);
    const il::PushAction& a = actions.first();
    EXPECT_FALSE(a.skipped()) << a.skipReason.toStdString();
    EXPECT_FALSE(a.needsPrice);
    ASSERT_EQ(a.changes.size(), 3);
    EXPECT_EQ(a.changes[1].field, QStringLiteral("unitCost"));
    EXPECT_EQ(a.changes[1].newValue, il::Decimal()); // the invoice says 0
    EXPECT_EQ(a.changes[2].newValue, dec("6.95"));
}

TEST_F(PlannerTest, ParsesApplyKinds) {
    EXPECT_EQ(il::PushPlanner::parseKinds(QStringLiteral("all"))->size(), 3);
    EXPECT_EQ(il::PushPlanner::parseKinds(QStringLiteral("quantity, price")),
              (QSet<PushKind>{PushKind::Quantity, PushKind::Price}));
    EXPECT_FALSE(il::PushPlanner::parseKinds(QStringLiteral("quantity,typo")).has_value());
    EXPECT_FALSE(il::PushPlanner::parseKinds(QString()).has_value());
}
