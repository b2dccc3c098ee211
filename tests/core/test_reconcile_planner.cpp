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
        dir.catalog = {item(1, "M365"), item(2, "AV"), backup};
        dir.index();
    }

    QList<il::PushAction> plan(const QList<il::InvoiceLine>& lines) const {
        const auto linked = il::Linker(dir, remembered, kMonth).link(lines);
        const auto result = il::Validator(dir, {kMonth}).validate(linked);
        return il::PushPlanner(dir, {kMonth, false, kinds}).plan(linked, result.findings);
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

TEST_F(PlannerTest, ParsesApplyKinds) {
    EXPECT_EQ(il::PushPlanner::parseKinds(QStringLiteral("all"))->size(), 3);
    EXPECT_EQ(il::PushPlanner::parseKinds(QStringLiteral("quantity, price")),
              (QSet<PushKind>{PushKind::Quantity, PushKind::Price}));
    EXPECT_FALSE(il::PushPlanner::parseKinds(QStringLiteral("quantity,typo")).has_value());
    EXPECT_FALSE(il::PushPlanner::parseKinds(QString()).has_value());
}
