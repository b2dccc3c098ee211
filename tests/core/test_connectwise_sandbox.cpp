// The ConnectWise client against the whole sandbox (demo dataset, both fakes, one port): a
// month's ConnectWise load with the fewest calls the API allows, and corrections on generated
// records (PATCH re-validates the whole record, so the demo data must pass validation).
#include "SandboxFixture.h"

#include "connectwise/ConnectWiseClient.h"
#include "net/HttpClient.h"
#include "async/RunSync.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QSet>

using namespace il;
using namespace il::sandbox;
using namespace std::chrono_literals;

namespace {

class ConnectWiseSandboxTest : public SandboxTest {
protected:
    void SetUp() override {
        SandboxTest::SetUp();
        settings = std::make_unique<Settings>(writeConfig());
        for (auto [name, value] : sandbox().secrets().asKeyValueRange())
            runSync(secrets.write(name, value));
        HttpPolicy policy;
        policy.maxConcurrent = 4;
        policy.rateLimit = HttpPolicy::RateLimit::RetryAfter;
        http = std::make_unique<HttpClient>(QStringLiteral("ConnectWise"), policy);
        client = std::make_unique<ConnectWiseClient>(*settings, secrets, *http);
    }
    void TearDown() override {
        client.reset();
        http.reset();
        SandboxTest::TearDown();
    }
    const CwData& cw() { return sandbox().data().cw; }

    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<ConnectWiseClient> client;
};

} // namespace

TEST_F(ConnectWiseSandboxTest, LoadsTheDemoTenantWithTheLeastCalls) {
    const QList<Company> companies = runSync(client->activeCompanies());
    int notDeleted = 0;
    for (const Company& c : cw().companies)
        notDeleted += c.deleted ? 0 : 1;
    ASSERT_EQ(companies.size(), notDeleted);

    QList<int> companyIds;
    for (const Company& c : companies)
        companyIds.append(c.id);
    const QList<Agreement> agreements = runSync(client->agreementsOfCompanies(companyIds));
    QSet<int> expectedAgreements;
    for (const Agreement& a : cw().agreements)
        if (companyIds.contains(a.companyId))
            expectedAgreements.insert(a.id);
    ASSERT_EQ(agreements.size(), expectedAgreements.size());

    QList<int> agreementIds;
    for (const Agreement& a : agreements)
        agreementIds.append(a.id);
    const QMap<int, QList<Addition>> additions = runSync(client->additionsOfAgreements(agreementIds));
    int loaded = 0;
    for (const QList<Addition>& list : additions)
        for (const Addition& a : list) {
            ++loaded;
            const auto stored = std::find_if(cw().additions.begin(), cw().additions.end(),
                                             [&](const Addition& s) { return s.id == a.id; });
            ASSERT_NE(stored, cw().additions.end());
            EXPECT_EQ(a.quantity, stored->quantity) << a.id;
            EXPECT_EQ(a.unitCost, stored->unitCost) << a.id;
            EXPECT_EQ(a.unitPrice, stored->unitPrice) << a.id;
            EXPECT_EQ(a.productIdentifier, stored->productIdentifier) << a.id;
            EXPECT_EQ(a.effectiveDate, stored->effectiveDate) << a.id;
            EXPECT_EQ(a.cancelledDate, stored->cancelledDate) << a.id;
        }
    int expectedAdditions = 0;
    for (const Addition& a : cw().additions)
        expectedAdditions += expectedAgreements.contains(a.agreementId) ? 1 : 0;
    EXPECT_EQ(loaded, expectedAdditions);

    // One discovery, one companies page, the agreements in as few `in` batches as fit under
    // 2,000 characters, one additions call per agreement.
    EXPECT_EQ(http->calls().count(QStringLiteral("login/companyinfo")), 1);
    EXPECT_EQ(http->calls().count(QStringLiteral("company/companies")), 1);
    EXPECT_LE(http->calls().count(QStringLiteral("finance/agreements")), 2);
    EXPECT_EQ(http->calls().count(QStringLiteral("finance/agreements/{id}/additions")), agreementIds.size());
    EXPECT_LT(sandbox().connectwise().maxUrlLength(), 2000);
    EXPECT_EQ(sandbox().server().count(QStringLiteral("connectwise finance/agreements/{id}/additions")),
              agreementIds.size());
}

TEST_F(ConnectWiseSandboxTest, CorrectsEveryGeneratedAddition) {
    // Whole-record validation on PATCH: every generated addition must accept a correction.
    QList<Addition> all = cw().additions;
    for (const Addition& a : all) {
        const Addition updated = runSync(client->patchAddition(
            a.agreementId, a.id,
            {JsonPatch::replace(QStringLiteral("quantity"), a.quantity + Decimal::fromInt(1))}));
        EXPECT_EQ(updated.quantity, a.quantity + Decimal::fromInt(1)) << a.id;
        EXPECT_EQ(updated.unitCost, a.unitCost) << a.id;
    }
    EXPECT_EQ(runSync(client->status()).codebase, cw().codebase);
}
