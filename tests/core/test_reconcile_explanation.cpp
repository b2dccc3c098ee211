// Issue 10 points 1–3: a group of lines is counted once (its lead carries the difference), and
// every line's status is explained in words, with the agreement's ConnectWise web address where
// a person can act on it.
#include "ReconcileFixtures.h"
#include "ReconcileHarness.h"

#include "connectwise/CwWebAddress.h"
#include "reconcile/LineExplanation.h"
#include "reconcile/Linker.h"
#include "reconcile/Validator.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace fixtures;
using il::LineExplanation;
using il::LineStatus;

namespace {

struct ExplanationTest : ::testing::Test {
    il::CwDirectory dir;
    il::RememberedLinks remembered;
    il::ValidationOptions options{kMonth};
    il::MonthResult result;

    void SetUp() override {
        // Dates in the user's locale: Dutch here, as the example ("31-08-2026").
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        dir.companies = {company(1, "ACME", QStringLiteral("Acme")), company(3, "OLD", QStringLiteral("Old")),
                         company(4, "TWO", QStringLiteral("Two agreements"))};
        dir.agreements = {agreement(10, 1), agreement(30, 3, "Expired", QDate(2024, 1, 1), QDate(2026, 6, 30)),
                          agreement(40, 4), agreement(41, 4)};
        dir.additions = {
            addition(100, 10, "M365", "133", "18.10", "20.60"),
            addition(102, 10, "CANCELLED", "2", "1", "2", QDate(2025, 1, 1), QDate(2026, 8, 31)),
            addition(103, 10, "FUTURE", "2", "1", "2", QDate(2026, 11, 1)),
            addition(300, 30, "M365", "1", "18.10", "20.60"),
            addition(410, 41, "BACKUP", "3", "4", "6", QDate(2025, 1, 1), QDate(2026, 8, 31)),
        };
        dir.catalog = {item(1, "M365"), item(3, "CANCELLED"), item(4, "FUTURE"), item(5, "BACKUP")};
        dir.index();
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    void run(const QList<il::InvoiceLine>& lines) {
        const auto linked = il::Linker(dir, remembered, kMonth).link(lines);
        const auto v = il::Validator(dir, options).validate(linked);
        result = {};
        result.month = kMonth;
        for (qsizetype i = 0; i < linked.size(); ++i)
            result.records.append({linked[i], v.findings[i], il::LineAction::None, {}, {}});
    }
    LineExplanation explain(qsizetype i, QUrl address = {}) const {
        LineExplanation::Input in;
        in.result = &result;
        in.directory = &dir;
        in.line = i;
        in.agreementAddress = address;
        return LineExplanation::build(in);
    }
    static bool has(const QString& text, const char* part) { return text.contains(QString::fromUtf8(part)); }
};

} // namespace

TEST_F(ExplanationTest, AGroupWithACreditLineIsCountedOnceOnItsLead) {
    il::InvoiceLine plus = line(QStringLiteral("ACME"), "M365", "136", "18.10");
    il::InvoiceLine credit = line(QStringLiteral("ACME"), "M365", "-3", "18.10");
    il::InvoiceLine other = line(QStringLiteral("ACME"), "M365", "2", "18.10");
    run({plus, line(QStringLiteral("ACME"), "FUTURE", "2", "1"), credit});
    const il::Finding& lead = result.records[0].finding;
    const il::Finding& member = result.records[2].finding;
    EXPECT_EQ(lead.status, LineStatus::Ok);
    EXPECT_TRUE(lead.groupLead);
    EXPECT_FALSE(member.groupLead);
    EXPECT_EQ(lead.groupLines, (QList<qsizetype>{0, 2}));
    EXPECT_EQ(member.groupLines, lead.groupLines);
    EXPECT_EQ(LineExplanation::groupSum(member), QStringLiteral("Σ 133 = 136 − 3 (2 lines)"));
    EXPECT_TRUE(lead.deviationAmount.isZero()); // an OK group has no deviation amount
    EXPECT_TRUE(result.records[1].finding.groupLead); // a line on its own leads itself
    EXPECT_FALSE(result.records[1].finding.isGrouped());

    // One more line: 135 against 133, the group's amount (all three lines) only on the lead.
    run({plus, credit, other});
    EXPECT_EQ(result.records[0].finding.status, LineStatus::QuantityMismatch);
    EXPECT_EQ(result.records[0].finding.deviationAmount, dec("36.2")); // 135 × 18.10 − 133 × 18.10
    EXPECT_TRUE(result.records[1].finding.deviationAmount.isZero());
    EXPECT_TRUE(result.records[2].finding.deviationAmount.isZero());
    EXPECT_EQ(LineExplanation::groupSum(result.records[2].finding), QStringLiteral("Σ 135 = 136 − 3 + 2 (3 lines)"));
    const LineExplanation e = explain(1);
    const auto* group = e.section(LineExplanation::SectionKind::Group);
    ASSERT_NE(group, nullptr);
    EXPECT_TRUE(has(e.toText(), "its difference is counted on invoice")) << e.toText().toStdString();
}

TEST_F(ExplanationTest, OkAndDeviationSayWhyWithTheRuleAndTolerance) {
    run({line(QStringLiteral("ACME"), "M365", "133", "18.10"), line(QStringLiteral("ACME"), "M365", "0", "18.50")});
    // (Two lines of one product: a group of 133 + 0 = 133, the second line's price is off.)
    // Numbers come in the user's locale (Dutch here: decimal commas), words in the UI language.
    EXPECT_EQ(explain(0).headline, QStringLiteral("OK"));
    EXPECT_EQ(explain(1).headline, QStringLiteral("Price differs"));
    EXPECT_TRUE(has(explain(1).summary, "The invoice's unit cost is 18,5, ConnectWise's 18,1."))
        << explain(1).summary.toStdString();
    run({line(QStringLiteral("ACME"), "M365", "133", "18.10")});
    const LineExplanation ok = explain(0);
    EXPECT_EQ(ok.summary, QStringLiteral("The invoice agrees with ConnectWise within the tolerance."));
    const QString text = ok.toText();
    EXPECT_TRUE(has(text, "Tolerance: quantity ± 0, unit cost ± 0,01")) << text.toStdString();
    EXPECT_TRUE(has(text, "Addition 100: quantity 133, unit cost 18,1, unit price 20,6")) << text.toStdString();
    EXPECT_TRUE(has(text, "Nothing to push")) << text.toStdString();

    run({line(QStringLiteral("ACME"), "M365", "130", "18.10")});
    il::PushAction push;
    push.additionId = 100;
    push.changes = {{QStringLiteral("quantity"), dec("133"), dec("130")}};
    LineExplanation::Input in{&result, &dir, 0, &push, {}};
    const LineExplanation off = LineExplanation::build(in);
    EXPECT_EQ(off.headline, QStringLiteral("Quantity differs"));
    EXPECT_EQ(off.summary, QStringLiteral("The invoice has quantity 130, ConnectWise 133."));
    EXPECT_TRUE(has(off.toText(), "A push changes addition 100:\n  Quantity: 133 → 130")) << off.toText().toStdString();
    EXPECT_TRUE(has(off.toText(), "Deviation amount: -54,3")) << off.toText().toStdString();
}

TEST_F(ExplanationTest, ADismissedLineSaysItIsLeftOutOfThePushNotThatNoPushFixesIt) {
    run({line(QStringLiteral("ACME"), "M365", "130", "18.10")});
    result.records[0].decision = il::LineDecision::Dismissed;
    result.records[0].note = QStringLiteral("3 licences are spare until January");
    const QString text = explain(0).toText();
    EXPECT_TRUE(has(text, "Dismissed: the deviation is known and stays; the line is left out of every push"))
        << text.toStdString();
    EXPECT_TRUE(has(text, "Note: 3 licences are spare until January")) << text.toStdString();
    EXPECT_FALSE(has(text, "Cannot be pushed")) << text.toStdString();
}

TEST_F(ExplanationTest, ACancelledAdditionSaysSoWithTheAgreementToOpen) {
    run({line(QStringLiteral("ACME"), "CANCELLED", "2", "1")});
    ASSERT_EQ(result.records[0].finding.status, LineStatus::NoAddition);
    EXPECT_EQ(result.records[0].finding.inactiveAdditionIds, QList<int>{102});
    const QUrl agreementPage(QStringLiteral("https://na.example.test/agreement/10"));
    const LineExplanation e = explain(0, agreementPage);
    EXPECT_EQ(e.summary, QStringLiteral("The addition for this product was cancelled on 31-08-2026."));
    const auto* remedy = e.section(LineExplanation::SectionKind::Remedy);
    ASSERT_NE(remedy, nullptr);
    ASSERT_FALSE(remedy->rows.isEmpty());
    EXPECT_EQ(remedy->rows.first().link, agreementPage);
    EXPECT_TRUE(has(e.toText(), "Addition 102: quantity 2, unit cost 1, unit price 2, effective 01-01-2025, "
                                "cancelled 31-08-2026, not active in oktober 2026"))
        << e.toText().toStdString();
}

TEST_F(ExplanationTest, AnAdditionThatStartsLaterSaysWhen) {
    run({line(QStringLiteral("ACME"), "FUTURE", "2", "1")});
    ASSERT_EQ(result.records[0].finding.status, LineStatus::NoAddition);
    const LineExplanation e = explain(0, QUrl(QStringLiteral("https://x.test/a")));
    EXPECT_EQ(e.summary, QStringLiteral("The addition for this product starts on 01-11-2026."));
    EXPECT_NE(e.section(LineExplanation::SectionKind::Remedy), nullptr);
}

TEST_F(ExplanationTest, AnInactiveAgreementSaysWhyAndWhereToLook) {
    run({line(QStringLiteral("OLD"), "M365", "1", "18.10")});
    ASSERT_EQ(result.records[0].finding.status, LineStatus::AgreementInactive);
    const QUrl page(QStringLiteral("https://na.example.test/agreement/30"));
    const LineExplanation e = explain(0, page);
    EXPECT_EQ(e.headline, QStringLiteral("Agreement not active"));
    EXPECT_EQ(e.summary, QStringLiteral("Agreement Agreement 30 is not active: its status is Expired."));
    const auto* remedy = e.section(LineExplanation::SectionKind::Remedy);
    ASSERT_NE(remedy, nullptr);
    EXPECT_EQ(remedy->rows.first().link, page);
    EXPECT_TRUE(has(e.toText(), "Cannot be pushed: nothing is written to an agreement that is not active"));
}

TEST_F(ExplanationTest, OfSeveralActiveAgreementsTheOneWhoseAdditionLapsedIsTheProducts) {
    // Two active agreements, the product's addition on one of them was cancelled: the line is that
    // agreement's and says why, instead of asking the user to pick between the two.
    run({line(QStringLiteral("TWO"), "BACKUP", "3", "4")});
    EXPECT_EQ(result.records[0].linked.agreementId, 41);
    EXPECT_EQ(result.records[0].finding.status, LineStatus::NoAddition);
    EXPECT_EQ(explain(0).summary, QStringLiteral("The addition for this product was cancelled on 31-08-2026."));
}

TEST(CwWebAddress, OpensTheAgreementInConnectWisesWebPages) {
    // Cloud: the API host's "api-" prefix goes, the discovered codebase stays.
    EXPECT_EQ(il::CwWebAddress(QStringLiteral("api-eu.myconnectwise.net"), QStringLiteral("v2025_8/"),
                               QStringLiteral("acme"))
                  .agreement(1234)
                  .toString(),
              QStringLiteral("https://eu.myconnectwise.net/v2025_8/services/system_io/router/openrecord.rails"
                             "?recordType=AgreementFV&recid=1234&companyName=acme"));
    // On-premise, codebase not discovered yet, a company name that needs encoding.
    EXPECT_EQ(il::CwWebAddress(QStringLiteral("https://cwm.example.com:8443/"), QString(), QStringLiteral("a+b co"))
                  .agreement(7)
                  .toString(QUrl::FullyEncoded),
              QStringLiteral("https://cwm.example.com:8443/v4_6_release/services/system_io/router/openrecord.rails"
                             "?recordType=AgreementFV&recid=7&companyName=a%2Bb%20co"));
    EXPECT_TRUE(il::CwWebAddress(QString(), QStringLiteral("v1/"), QStringLiteral("x")).agreement(7).isEmpty());
    EXPECT_TRUE(il::CwWebAddress(QStringLiteral("cw.example.com"), {}, {}).agreement(0).isEmpty());
}

// Through the real engine against the sandbox: the demo month plants additions cancelled before
// the month and starting after it; MonthRun explains such a line in words and gives its agreement's
// web address on the configured ConnectWise site.

TEST_F(ReconcileTest, TheEngineExplainsALapsedAdditionAndLinksItsAgreement) {
    auto run = loadMonth();
    const il::MonthResult& r = run->result();
    int cancelled = 0, later = 0;
    for (qsizetype i = 0; i < r.records.size(); ++i) {
        const il::LineRecord& rec = r.records[i];
        if (rec.finding.status != LineStatus::NoAddition || rec.finding.inactiveAdditionIds.isEmpty())
            continue;
        const LineExplanation e = run->explain(i);
        cancelled += e.summary.startsWith(QStringLiteral("The addition for this product was cancelled on "));
        later += e.summary.startsWith(QStringLiteral("The addition for this product starts on "));
        const auto* remedy = e.section(LineExplanation::SectionKind::Remedy);
        ASSERT_NE(remedy, nullptr) << e.toText().toStdString();
        const QUrl page = remedy->rows.first().link;
        EXPECT_EQ(page, run->agreementWebAddress(rec.linked.agreementId));
        EXPECT_EQ(page.path(), QStringLiteral("/%1services/system_io/router/openrecord.rails")
                                   .arg(m_connections->connectwise().codebase()));
        EXPECT_TRUE(page.query().contains(QStringLiteral("recid=%1").arg(rec.linked.agreementId)))
            << page.toString().toStdString();
    }
    EXPECT_GE(cancelled, 1);
    EXPECT_GE(later, 1);
}
