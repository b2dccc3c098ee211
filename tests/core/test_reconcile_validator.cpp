#include "ReconcileFixtures.h"

#include "reconcile/Linker.h"
#include "reconcile/Validator.h"

#include <gtest/gtest.h>

using namespace fixtures;
using il::LineStatus;

namespace {

struct ValidatorTest : ::testing::Test {
    il::CwDirectory dir;
    il::RememberedLinks remembered;
    il::ValidationOptions options{kMonth};

    void SetUp() override {
        dir.companies = {company(1, "ACME", QStringLiteral("Acme")), company(2, "BETA", QStringLiteral("Beta")),
                         company(3, "OLD", QStringLiteral("Old"))};
        dir.agreements = {agreement(10, 1), agreement(20, 2), agreement(30, 3, "Cancelled", QDate(2024, 1, 1))};
        dir.additions = {
            addition(100, 10, "M365", "10", "18.10", "20.60"),
            addition(101, 10, "BACKUP", "5", "4.00", "6.00"),
            addition(102, 10, "CANCELLED", "2", "1", "2", QDate(2025, 1, 1), QDate(2026, 9, 30)),
            addition(103, 10, "FUTURE", "2", "1", "2", QDate(2026, 11, 1)),
            addition(104, 10, "EDGE", "1", "1", "2", QDate(2026, 10, 31), QDate(2026, 10, 1)),
            addition(200, 20, "AV", "3", "2.50", "4.00"),
            addition(201, 20, "AV", "4", "2.50", "4.00"),
            addition(202, 20, "M365", "7", "18.10", "20.60"), // extra: M365 is invoiced, not for BETA
            addition(203, 20, "SPARE", "1", "1", "1"),        // not invoiced anywhere: not an extra
            addition(300, 30, "M365", "1", "18.10", "20.60"),
        };
        dir.catalog = {item(1, "M365"), item(2, "BACKUP"), item(3, "CANCELLED"), item(4, "FUTURE"), item(5, "EDGE"),
                       item(6, "AV"), item(7, "SPARE")};
        dir.index();
    }

    il::ValidationResult run(const QList<il::InvoiceLine>& lines) const {
        const auto linked = il::Linker(dir, remembered, kMonth).link(lines);
        return il::Validator(dir, options).validate(linked);
    }
    LineStatus status(const il::InvoiceLine& l) const { return run({l}).findings.first().status; }
};

} // namespace

TEST_F(ValidatorTest, TableOfSingleLines) {
    struct Row { const char* customer; const char* item; const char* qty; const char* price; LineStatus expected; };
    const Row rows[] = {
        {"ACME", "M365", "10", "18.10", LineStatus::Ok},
        {"ACME", "M365", "11", "18.10", LineStatus::QuantityMismatch},
        {"ACME", "M365", "10", "18.50", LineStatus::PriceMismatch},
        {"ACME", "M365", "9", "17.00", LineStatus::PriceAndQuantityMismatch},
        {"ACME", "M365", "10", "18.11", LineStatus::Ok},            // |0.01| ≤ 0.01 tolerance
        {"ACME", "M365", "10", "18.09", LineStatus::Ok},
        {"ACME", "M365", "10", "18.111", LineStatus::PriceMismatch}, // just past the edge
        {"ACME", "CANCELLED", "2", "1", LineStatus::NoAddition},     // cancelled before the month
        {"ACME", "FUTURE", "2", "1", LineStatus::NoAddition},        // starts after the month
        {"ACME", "EDGE", "1", "1", LineStatus::Ok},                  // effective on the last day, cancelled on the first
        {"ACME", "AV", "3", "2.50", LineStatus::NoAddition},         // product not on the agreement
        {"OLD", "M365", "1", "18.10", LineStatus::AgreementInactive},
        {"NOBODY", "M365", "1", "18.10", LineStatus::Unlinked},
    };
    for (const Row& r : rows)
        EXPECT_EQ(status(line(QString::fromLatin1(r.customer), r.item, r.qty, r.price)), r.expected)
            << r.customer << " " << r.item << " " << r.qty << " @ " << r.price;
}

TEST_F(ValidatorTest, QuantityToleranceAppliesInDecimal) {
    options.quantityTolerance = dec("0.5");
    EXPECT_EQ(status(line(QStringLiteral("ACME"), "M365", "10.5", "18.10")), LineStatus::Ok);
    EXPECT_EQ(status(line(QStringLiteral("ACME"), "M365", "10.500001", "18.10")), LineStatus::QuantityMismatch);
}

TEST_F(ValidatorTest, GroupedAndCreditLinesAreSummed) {
    const auto r = run({line(QStringLiteral("ACME"), "M365", "6", "18.10"), line(QStringLiteral("ACME"), "M365", "4", "18.10"),
                        line(QStringLiteral("ACME"), "BACKUP", "7", "4.00"), line(QStringLiteral("ACME"), "BACKUP", "-2", "4.00")});
    for (const auto& f : r.findings)
        EXPECT_EQ(f.status, LineStatus::Ok) << f.reason.toStdString();
    EXPECT_EQ(r.findings[0].invoiceQuantity, dec("10"));
    EXPECT_EQ(r.findings[0].groupSize, 2);
    EXPECT_EQ(r.findings[2].invoiceQuantity, dec("5"));

    const auto off = run({line(QStringLiteral("ACME"), "M365", "6", "18.10"), line(QStringLiteral("ACME"), "M365", "6", "18.10")});
    EXPECT_EQ(off.findings[0].status, LineStatus::QuantityMismatch);
    EXPECT_EQ(off.findings[1].status, LineStatus::QuantityMismatch);
    EXPECT_EQ(off.findings[0].quantityDifference, dec("2"));
    EXPECT_TRUE(off.findings[0].reason.contains(QStringLiteral("2 lines")));
}

TEST_F(ValidatorTest, SeveralAdditionsAreSummedNamedAndFlagged) {
    const auto ok = run({line(QStringLiteral("BETA"), "AV", "7", "2.50")}).findings.first();
    EXPECT_EQ(ok.status, LineStatus::Ok);
    EXPECT_TRUE(ok.severalAdditions);
    EXPECT_EQ(ok.cwQuantity, dec("7"));
    const auto off = run({line(QStringLiteral("BETA"), "AV", "6", "2.50")}).findings.first();
    EXPECT_EQ(off.status, LineStatus::QuantityMismatch);
    EXPECT_TRUE(off.reason.contains(QStringLiteral("200, 201"))) << off.reason.toStdString();
    EXPECT_TRUE(off.reason.contains(QStringLiteral("nothing is pushed")));
}

TEST_F(ValidatorTest, SalesSourceComparesUnitPrice) {
    options.compareUnitPrice = true;
    EXPECT_EQ(status(line(QStringLiteral("ACME"), "M365", "10", "20.60")), LineStatus::Ok);
    EXPECT_EQ(status(line(QStringLiteral("ACME"), "M365", "10", "18.10")), LineStatus::PriceMismatch);
}

TEST_F(ValidatorTest, ExtraAdditionsAreThoseOfInvoicedProductsOnLinkedAgreementsWithoutALine) {
    const auto r = run({line(QStringLiteral("ACME"), "M365", "10", "18.10"), line(QStringLiteral("BETA"), "AV", "7", "2.50")});
    ASSERT_EQ(r.extraAdditions.size(), 1);
    EXPECT_EQ(r.extraAdditions.first().additionId, 202);
    EXPECT_EQ(r.extraAdditions.first().agreementId, 20);
    EXPECT_EQ(r.extraAdditions.first().quantity, dec("7"));
    // BACKUP (101) is on a linked agreement but not invoiced this month: another supplier's business.
}

TEST_F(ValidatorTest, NoAdditionReasonExplainsCancelledAndFutureOnes) {
    const auto f = run({line(QStringLiteral("ACME"), "CANCELLED", "2", "1")}).findings.first();
    EXPECT_TRUE(f.reason.contains(QStringLiteral("cancelled on 2026-09-30"))) << f.reason.toStdString();
    const auto g = run({line(QStringLiteral("ACME"), "FUTURE", "2", "1")}).findings.first();
    EXPECT_TRUE(g.reason.contains(QStringLiteral("starts on 2026-11-01"))) << g.reason.toStdString();
}
