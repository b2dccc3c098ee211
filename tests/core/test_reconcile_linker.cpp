#include "ReconcileFixtures.h"

#include "reconcile/Linker.h"
#include "reconcile/NameNormalizer.h"

#include <gtest/gtest.h>

using namespace fixtures;
using il::LinkOrigin;
using il::NameNormalizer;

TEST(NameNormalizer, FoldsCaseAccentsPunctuationAndLegalForms) {
    struct Case { const char* a; const char* b; };
    for (const Case& c : {Case{"Café Noir B.V.", "CAFE NOIR"}, Case{"Müller GmbH", "muller"},
                          Case{"Smith & Sons Ltd.", "smith-sons"}, Case{"ACME, Inc", "Acme"},
                          Case{"De Vries N.V.", "de  vries"}, Case{"Zoë's Bakery LLC", "ZOES BAKERY"},
                          Case{"Ærø BV", "ærø"}}) {
        EXPECT_EQ(NameNormalizer::normalize(QString::fromUtf8(c.a)), NameNormalizer::normalize(QString::fromUtf8(c.b)))
            << c.a << " vs " << c.b;
    }
    EXPECT_NE(NameNormalizer::normalize(QStringLiteral("Acme North")), NameNormalizer::normalize(QStringLiteral("Acme")));
    EXPECT_EQ(NameNormalizer::normalize(QStringLiteral("B.V.")), QString()); // nothing left to match on
}

namespace {

struct LinkerTest : ::testing::Test {
    il::CwDirectory dir;
    il::RememberedLinks remembered;

    void SetUp() override {
        dir.companies = {company(1, "ACME", QStringLiteral("Acme B.V.")),
                         company(2, "CAFE", QStringLiteral("Café Noir")),
                         company(3, "TWIN1", QStringLiteral("Twin Peaks")),
                         company(4, "TWIN2", QStringLiteral("Twin Peaks B.V.")),
                         company(5, "GONE", QStringLiteral("Ghost Ltd"), true),
                         company(6, "GHOST", QStringLiteral("Ghost Ltd")),
                         company(7, "MULTI", QStringLiteral("Multi")),
                         company(8, "ENDED", QStringLiteral("Ended"))};
        dir.agreements = {agreement(10, 1), agreement(20, 2), agreement(60, 6),
                          agreement(70, 7), agreement(71, 7), agreement(72, 7, "Active", QDate(2026, 11, 1)),
                          agreement(80, 8, "Expired", QDate(2024, 1, 1), QDate(2026, 6, 30))};
        dir.additions = {addition(100, 10, "M365-BP", "10", "18.10"), addition(200, 20, "BACKUP", "3", "5"),
                         addition(700, 70, "M365-BP", "2", "18.10"), addition(710, 71, "AV", "2", "3"),
                         addition(800, 80, "M365-BP", "4", "18.10")};
        dir.catalog = {item(1000, "M365-BP"), item(1001, "backup"), item(1002, "AV"), item(1003, "NEW")};
        dir.index();
    }
    il::LinkedLine link(const il::InvoiceLine& l) const { return il::Linker(dir, remembered, kMonth).link(l); }
};

} // namespace

TEST_F(LinkerTest, IdentifierMatchIsCaseInsensitiveAndAuto) {
    const auto l = link(line(QStringLiteral("acme"), "m365-bp", "10", "18.10"));
    EXPECT_EQ(l.companyId, 1);
    EXPECT_EQ(l.agreementId, 10);
    EXPECT_EQ(l.productIdentifier, QStringLiteral("M365-BP"));
    EXPECT_EQ(l.origin(), LinkOrigin::Auto);
}

TEST_F(LinkerTest, NameMatchesOnlyAfterNormalization) {
    auto in = line(QStringLiteral("C0042"), "BACKUP", "3", "5");
    in.customerName = QStringLiteral("CAFE NOIR B.V.");
    const auto l = link(in);
    EXPECT_EQ(l.companyId, 2);
    EXPECT_EQ(l.agreementId, 20);
    EXPECT_EQ(l.productIdentifier, QStringLiteral("backup"));
}

TEST_F(LinkerTest, SeveralNameMatchesLinkNothingAndNameTheCandidates) {
    const auto l = link(line(QStringLiteral("Twin Peaks"), "AV", "1", "3"));
    EXPECT_FALSE(l.isLinked());
    EXPECT_EQ(l.companyId, 0);
    EXPECT_TRUE(l.unlinkedReason.contains(QStringLiteral("TWIN1"))) << l.unlinkedReason.toStdString();
    EXPECT_TRUE(l.unlinkedReason.contains(QStringLiteral("TWIN2")));
}

TEST_F(LinkerTest, DeletedCompaniesNeverMatch) {
    const auto l = link(line(QStringLiteral("Ghost Ltd"), "AV", "1", "3"));
    EXPECT_EQ(l.companyId, 6); // the deleted twin (5) is not a candidate
    const auto gone = link(line(QStringLiteral("GONE"), "AV", "1", "3"));
    EXPECT_EQ(gone.companyId, 0); // the only company with identifier GONE is deleted
}

TEST_F(LinkerTest, ItemWithoutCatalogItemStaysUnlinkedSayingSo) {
    const auto l = link(line(QStringLiteral("ACME"), "NOPE-1", "1", "1"));
    EXPECT_FALSE(l.isLinked());
    EXPECT_EQ(l.companyId, 1);
    EXPECT_TRUE(l.unlinkedReason.contains(QStringLiteral("NOPE-1")));
}

TEST_F(LinkerTest, AgreementHoldingTheProductWinsAmongSeveral) {
    EXPECT_EQ(link(line(QStringLiteral("MULTI"), "M365-BP", "2", "18.10")).agreementId, 70);
    EXPECT_EQ(link(line(QStringLiteral("MULTI"), "AV", "2", "3")).agreementId, 71);
    const auto none = link(line(QStringLiteral("MULTI"), "NEW", "1", "1"));
    EXPECT_EQ(none.agreementId, 0); // two active agreements, neither holds NEW: the user picks
    EXPECT_TRUE(none.unlinkedReason.contains(QStringLiteral("pick one")));
}

TEST_F(LinkerTest, OneActiveAgreementTakesANewProduct) {
    EXPECT_EQ(link(line(QStringLiteral("ACME"), "NEW", "1", "1")).agreementId, 10);
}

TEST_F(LinkerTest, OnlyAnEndedAgreementHoldingTheProductIsFlaggedInactive) {
    const auto l = link(line(QStringLiteral("ENDED"), "M365-BP", "4", "18.10"));
    EXPECT_EQ(l.agreementId, 80);
    EXPECT_TRUE(l.agreementInactive);
    EXPECT_FALSE(link(line(QStringLiteral("ENDED"), "AV", "1", "3")).isLinked());
}

TEST_F(LinkerTest, RememberedLinksComeFirstWithTheirOrigin) {
    remembered.add(il::CustomerLink{QStringLiteral("Twin Peaks"), 4, LinkOrigin::Confirmed});
    auto l = link(line(QStringLiteral("Twin Peaks"), "AV", "1", "3"));
    EXPECT_EQ(l.companyId, 4);
    EXPECT_EQ(l.companyOrigin, LinkOrigin::Confirmed);

    remembered.add(il::LineLink{QStringLiteral("MULTI"), QStringLiteral("new"), 7, 71, QStringLiteral("NEW"),
                               LinkOrigin::Confirmed});
    l = link(line(QStringLiteral("MULTI"), "NEW", "1", "1"));
    EXPECT_EQ(l.agreementId, 71);
    EXPECT_EQ(l.origin(), LinkOrigin::Confirmed);
}
