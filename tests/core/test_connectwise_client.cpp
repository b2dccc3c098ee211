// ConnectWiseClient over real loopback HTTP against ConnectWiseFake: discovery, auth failures
// that name what is wrong, paging across the 1000 boundary, long `in` lists under 2,000
// characters, PATCH and POST semantics, Retry-After, the retry policy and exact money.
#include "test_connectwise_fixture.h"

#include "async/CancelToken.h"
#include "errors/Cancelled.h"

using namespace cwtest;

namespace {

class ConnectWiseClientTest : public ConnectWiseTest {
protected:
    void agreementsFor(int count) {
        data.agreements.clear();
        for (int i = 1; i <= count; ++i)
            data.agreements.append(makeAgreement(10000 + i, 250, data));
    }
    int apiCalls(const QString& endpoint) const {
        return server.count(QStringLiteral("connectwise ") + endpoint);
    }
};

} // namespace

TEST_F(ConnectWiseClientTest, DiscoversTheCodebaseOnceAndPinsTheVersion) {
    const ConnectWiseStatus s = runSync(client->status());
    EXPECT_EQ(s.codebase, QStringLiteral("v2025_1/"));
    EXPECT_EQ(s.company, QStringLiteral("invoicelink"));
    EXPECT_EQ(s.apiVersion, QStringLiteral("2025.1"));
    EXPECT_TRUE(s.serverVersion.startsWith(QStringLiteral("v2025.1")));
    EXPECT_TRUE(s.isCloud);

    makeClient();
    EXPECT_EQ(runSync(client->companies()).size(), 3);
    EXPECT_EQ(runSync(client->agreements()).size(), 2);
    EXPECT_EQ(client->codebase(), QStringLiteral("v2025_1/"));
    EXPECT_EQ(http->calls().count(QStringLiteral("login/companyinfo")), 1);
    EXPECT_EQ(http->calls().total(), 3);
    ASSERT_FALSE(fake->requests().isEmpty());
    EXPECT_TRUE(fake->requests().last().url.contains("/v2025_1/apis/3.0/finance/agreements?"));
}

TEST_F(ConnectWiseClientTest, FindsTheCodebaseAgainAfterAnUpgrade) {
    EXPECT_EQ(runSync(client->additions(100)).size(), 2);
    data.codebase = QStringLiteral("v2025_2/"); // the tenant was upgraded overnight
    EXPECT_EQ(runSync(client->additions(100)).size(), 2);
    EXPECT_EQ(client->codebase(), QStringLiteral("v2025_2/"));
    EXPECT_EQ(apiCalls(QStringLiteral("companyinfo")), 2);
}

TEST_F(ConnectWiseClientTest, AnUnknownCompanyIsAUserErrorNamingIt) {
    settings->setValue(QStringLiteral("connectwise/company"), QStringLiteral("nosuchco"));
    makeClient();
    const QString message = userError(client->companies());
    EXPECT_TRUE(message.contains(QStringLiteral("nosuchco"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("connectwise/company"))) << message.toStdString();
}

TEST_F(ConnectWiseClientTest, AuthFailuresSayWhatIsWrong) {
    setSecrets(credentials.cwPublicKey, QStringLiteral("not-the-key"), credentials.cwClientId);
    makeClient();
    ApiError keys = apiError(client->companies());
    EXPECT_EQ(keys.status(), 401);
    EXPECT_EQ(keys.system(), QStringLiteral("ConnectWise"));
    EXPECT_TRUE(keys.message().contains(QStringLiteral("connectwise.private_key"))) << keys.what();

    setSecrets(credentials.cwPublicKey, credentials.cwPrivateKey,
               QStringLiteral("00000000-0000-0000-0000-000000000001"));
    makeClient();
    ApiError clientId = apiError(client->companies());
    EXPECT_EQ(clientId.status(), 400);
    EXPECT_TRUE(clientId.message().contains(QStringLiteral("connectwise.client_id"))) << clientId.what();

    setSecrets(credentials.cwPublicKey, credentials.cwPrivateKey, QString());
    makeClient();
    const QString missing = userError(client->companies());
    EXPECT_TRUE(missing.contains(QStringLiteral("connectwise.client_id"))) << missing.toStdString();

    setSecrets(credentials.cwPublicKey, credentials.cwPrivateKey, credentials.cwClientId);
    fake->setRoleDenied(true);
    makeClient();
    ApiError role = apiError(client->agreements());
    EXPECT_EQ(role.status(), 403);
    EXPECT_TRUE(role.message().contains(QStringLiteral("security role"))) << role.what();
    EXPECT_TRUE(role.message().contains(QStringLiteral("finance/agreements"))) << role.what();
}

TEST_F(ConnectWiseClientTest, TestConnectionNamesTheBrokenPiece) {
    using P = ConnectionCheck::Problem;
    EXPECT_EQ(runSync(client->testConnection()).problem, P::None);

    settings->setValue(QStringLiteral("connectwise/company"), QStringLiteral("nosuchco"));
    makeClient();
    EXPECT_EQ(runSync(client->testConnection()).problem, P::Company);
    settings->setValue(QStringLiteral("connectwise/company"), data.companyId);

    settings->setValue(QStringLiteral("connectwise/site"),
                       server.baseUrl().toString() + QStringLiteral("/nothing"));
    makeClient();
    EXPECT_EQ(runSync(client->testConnection()).problem, P::Url);
    settings->setValue(QStringLiteral("connectwise/site"), server.baseUrl().toString());

    setSecrets(QStringLiteral("wrong"), credentials.cwPrivateKey, credentials.cwClientId);
    makeClient();
    EXPECT_EQ(runSync(client->testConnection()).problem, P::Keys);

    setSecrets(credentials.cwPublicKey, credentials.cwPrivateKey,
               QStringLiteral("11111111-2222-3333-4444-555555555555"));
    makeClient();
    const ConnectionCheck badClient = runSync(client->testConnection());
    EXPECT_EQ(badClient.problem, P::ClientId);
    EXPECT_TRUE(badClient.message.contains(QStringLiteral("clientId"))) << badClient.message.toStdString();

    setSecrets(credentials.cwPublicKey, credentials.cwPrivateKey, credentials.cwClientId);
    fake->setRoleDenied(true);
    makeClient();
    const ConnectionCheck role = runSync(client->testConnection());
    EXPECT_EQ(role.problem, P::SecurityRole);
    EXPECT_EQ(role.status.codebase, QStringLiteral("v2025_1/")); // it got that far
}

TEST_F(ConnectWiseClientTest, PagesAcrossTheThousandBoundary) {
    for (const int count : {999, 1000, 1001, 2001}) {
        agreementsFor(count);
        makeClient();
        const QList<Agreement> got = runSync(client->agreementsOfCompanies({250}));
        ASSERT_EQ(got.size(), count);
        EXPECT_EQ(got.first().id, 10001);
        EXPECT_EQ(got.last().id, 10000 + count);
        EXPECT_EQ(http->calls().count(QStringLiteral("finance/agreements")), (count + 999) / 1000) << count;
        for (qsizetype i = 1; i < got.size(); ++i)
            ASSERT_LT(got[i - 1].id, got[i].id);
    }
    for (const auto& r : fake->requests())
        if (r.endpoint == u"connectwise finance/agreements") {
            EXPECT_TRUE(r.url.contains("pageSize=1000")) << r.url.constData();
            EXPECT_TRUE(r.url.contains("orderBy=id%20asc")) << r.url.constData();
        }
}

TEST_F(ConnectWiseClientTest, LongInListsAreSplitUnderTwoThousandCharacters) {
    QStringList identifiers;
    for (int i = 0; i < 400; ++i) {
        Company c;
        c.id = 3000 + i;
        c.identifier = QStringLiteral("Cust%1 \"O'Neil\" & *co+").arg(i);
        c.name = c.identifier;
        c.status = QStringLiteral("Active");
        data.companies.append(c);
        identifiers.append(c.identifier);
    }
    fake->clearRequests();
    const QList<Company> found = runSync(client->companiesByIdentifier(identifiers));
    EXPECT_EQ(found.size(), 400);
    const int calls = http->calls().count(QStringLiteral("company/companies"));
    EXPECT_GT(calls, 3);
    EXPECT_LT(fake->maxUrlLength(), 2000);
    EXPECT_GT(fake->maxUrlLength(), 1800); // batches are filled, not needlessly many
    for (const auto& r : fake->requests())
        EXPECT_LT(r.url.size(), 2000);

    QList<int> ids;
    for (const Company& c : found)
        ids.append(c.id);
    agreementsFor(3);
    EXPECT_EQ(runSync(client->agreementsOfCompanies(ids + QList<int>{250})).size(), 3);
    EXPECT_LT(fake->maxUrlLength(), 2000);
}

TEST_F(ConnectWiseClientTest, TypedReadsParseAtTheBoundary) {
    const QList<Company> active = runSync(client->activeCompanies());
    EXPECT_EQ(active.size(), 2); // the deleted one is not even loaded
    const QList<Company> quoted = runSync(client->companiesByIdentifier({QStringLiteral("O'BRIEN \"PUB\"")}));
    ASSERT_EQ(quoted.size(), 1);
    EXPECT_EQ(quoted[0].name, QStringLiteral("O'Brien \"The Pub\" & Co"));

    const QList<CatalogItem> items = runSync(client->catalogItemsByIdentifier({QStringLiteral("m365-bp")}));
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].cost, dec("18.1234"));
    EXPECT_EQ(items[0].price, dec("20.6"));

    const QList<Agreement> agreements = runSync(client->agreements());
    ASSERT_EQ(agreements.size(), 2);
    EXPECT_EQ(agreements[0].companyIdentifier, QStringLiteral("ACME"));
    EXPECT_EQ(agreements[0].startDate, QDate(2026, 1, 1));
    EXPECT_EQ(agreements[1].status, QStringLiteral("Cancelled"));

    EXPECT_EQ(runSync(client->contactsOfCompany(250)).size(), 1);
    EXPECT_EQ(runSync(client->agreementTypes()).size(), 2);
    EXPECT_EQ(runSync(client->productTypes()).size(), 1);
    EXPECT_EQ(runSync(client->subcategories()).size(), 1);
    EXPECT_EQ(runSync(client->billingCycles()).first().name, QStringLiteral("Monthly"));
    EXPECT_EQ(runSync(client->systemInfo()).cloudRegion, QStringLiteral("EU"));
}

TEST_F(ConnectWiseClientTest, MoneyArrivesExactly) {
    data.additions[0].quantity = dec("1234567.891234");
    const Addition a = runSync(client->addition(100, 5001));
    EXPECT_EQ(a.unitCost, dec("18.1234"));
    EXPECT_EQ(a.unitCost.toString(), QStringLiteral("18.1234"));
    EXPECT_EQ(a.quantity, dec("1234567.891234"));
    EXPECT_EQ(a.productIdentifier, QStringLiteral("M365-BP"));
    EXPECT_EQ(a.lastUpdated, QStringLiteral("2026-01-02T09:00:00Z"));
}

TEST_F(ConnectWiseClientTest, PatchReplacesQuantityAndCost) {
    clock.advance(86400);
    const Addition updated = runSync(
        client->patchAddition(100, 5001,
                              {JsonPatch::replace(QStringLiteral("quantity"), dec("7")),
                               JsonPatch::replace(QStringLiteral("unitCost"), dec("0.1") + dec("0.2"))}));
    EXPECT_EQ(updated.quantity, dec("7"));
    EXPECT_EQ(updated.unitCost, dec("0.3"));
    EXPECT_EQ(data.additions[0].quantity, dec("7"));
    EXPECT_EQ(data.additions[0].unitCost, dec("0.3"));
    EXPECT_NE(updated.lastUpdated, QStringLiteral("2026-01-02T09:00:00Z"));
    EXPECT_EQ(runSync(client->addition(100, 5001)).lastUpdated, updated.lastUpdated);
}

TEST_F(ConnectWiseClientTest, PatchWithAWrongCasePathFailsNamingTheField) {
    const ApiError e = apiError(
        client->patchAddition(100, 5001, {JsonPatch::replace(QStringLiteral("Quantity"), dec("9"))}));
    EXPECT_EQ(e.status(), 400);
    EXPECT_TRUE(e.message().contains(QStringLiteral("Quantity"))) << e.what();
    EXPECT_EQ(data.additions[0].quantity, dec("5"));
    EXPECT_EQ(data.additions[0].lastUpdated, QStringLiteral("2026-01-02T09:00:00Z"));
    EXPECT_EQ(http->calls().count(QStringLiteral("finance/agreements/{id}/additions/{id}")),
              1); // a 400 is final
}

TEST_F(ConnectWiseClientTest, CreatesAdditionsAgreementsAndCatalogItems) {
    NewAddition n;
    n.productIdentifier = QStringLiteral("BACKUP-50");
    n.quantity = dec("3");
    n.unitCost = dec("7.1234");
    n.unitPrice = dec("9.99");
    n.effectiveDate = QDate(2026, 10, 1);
    const Addition created = runSync(client->createAddition(100, n));
    EXPECT_EQ(created.id, 5004);
    EXPECT_EQ(created.agreementId, 100);
    EXPECT_EQ(created.productId, 813);
    EXPECT_EQ(data.additions.last().unitCost, dec("7.1234"));
    EXPECT_EQ(data.additions.last().effectiveDate, QDate(2026, 10, 1));

    NewAgreement g{QStringLiteral("Cloud ACME 2026"), 7, 250, 31, QDate(2026, 10, 1), QDate(), 1};
    const Agreement agreement = runSync(client->createAgreement(g));
    EXPECT_EQ(agreement.id, 102);
    EXPECT_EQ(agreement.companyIdentifier, QStringLiteral("ACME"));
    EXPECT_EQ(agreement.status, QStringLiteral("Active"));
    g.contactId = 0;
    const ApiError noContact = apiError(client->createAgreement(g));
    EXPECT_EQ(noContact.status(), 400);
    EXPECT_TRUE(noContact.message().contains(QStringLiteral("contact"))) << noContact.what();

    NewCatalogItem c;
    c.identifier = QStringLiteral("M365-E3");
    c.description = QStringLiteral("Microsoft 365 E3");
    c.customerDescription = QStringLiteral("Microsoft 365 E3, monthly");
    c.subcategoryId = 3;
    c.typeId = 2;
    c.cost = dec("30.0001");
    const CatalogItem item = runSync(client->createCatalogItem(c));
    EXPECT_EQ(item.id, 814);
    EXPECT_EQ(item.cost, dec("30.0001"));
    const ApiError dup = apiError(client->createCatalogItem(c));
    EXPECT_EQ(dup.status(), 400);
    EXPECT_TRUE(dup.message().contains(QStringLiteral("identifier"))) << dup.what();
    EXPECT_EQ(data.catalog.size(), 3);
}

TEST_F(ConnectWiseClientTest, HonoursRetryAfterThenSucceeds) {
    runSync(client->status()); // discovery out of the way
    fake->clearRequests();
    fake->setThrottle(1, 1);
    EXPECT_EQ(runSync(client->additions(100)).size(), 2);
    ASSERT_EQ(fake->requests().size(), 2);
    EXPECT_EQ(fake->requests()[0].status, 429);
    EXPECT_EQ(fake->requests()[1].status, 200);
}

TEST_F(ConnectWiseClientTest, NeverRetriesAPostButRetriesAGet) {
    runSync(client->status());
    server.addFault(
        FaultSpec{QStringLiteral("/finance/agreements/100/additions$"), 503, 0, false, false, -1});
    NewAddition n;
    n.productId = 812;
    n.quantity = dec("1");
    const ApiError e = apiError(client->createAddition(100, n));
    EXPECT_EQ(e.status(), 503);
    EXPECT_EQ(apiCalls(QStringLiteral("finance/agreements/{id}/additions")), 1); // exactly one POST
    EXPECT_EQ(data.additions.size(), 3);

    server.clearFaults();
    server.resetCounts();
    server.addFault(FaultSpec{QStringLiteral("/finance/agreements/100/additions$"), 503, 0, false, false, 2});
    EXPECT_EQ(runSync(client->additions(100)).size(), 2);
    EXPECT_EQ(apiCalls(QStringLiteral("finance/agreements/{id}/additions")), 3);
}

TEST_F(ConnectWiseClientTest, LoadsAdditionsOfManyAgreementsFourAtATime) {
    QList<int> ids;
    for (int i = 0; i < 12; ++i) {
        Agreement a = makeAgreement(200 + i, 250, data);
        data.agreements.append(a);
        data.additions.append(makeAddition(6000 + i, a.id, data.catalog[0], "1", "1", "2"));
        ids.append(a.id);
    }
    ids.append(100);
    ids.append(200); // asked twice, loaded once
    runSync(client->status());
    server.setLatency(40ms);
    server.resetMaxInFlight();
    const QMap<int, QList<Addition>> byAgreement = runSync(client->additionsOfAgreements(ids));
    EXPECT_EQ(byAgreement.size(), 13);
    EXPECT_EQ(byAgreement.value(100).size(), 2);
    EXPECT_EQ(byAgreement.value(205).first().id, 6005);
    EXPECT_EQ(http->calls().count(QStringLiteral("finance/agreements/{id}/additions")), 13);
    EXPECT_LE(server.maxInFlight(), 4);
    EXPECT_GE(server.maxInFlight(), 2);
}

TEST_F(ConnectWiseClientTest, ACancelledTokenStopsBeforeSending) {
    CancelToken cancel = CancelToken::create();
    cancel.cancel();
    EXPECT_THROW(runSync(client->agreements({}, cancel)), Cancelled);
    EXPECT_EQ(server.total(), 0);
}

TEST_F(ConnectWiseClientTest, AnEmptyCreateIsRefusedNamingEveryRequiredField) {
    const ApiError agreement = apiError(client->createAgreement(NewAgreement{}));
    EXPECT_EQ(agreement.status(), 400);
    for (const char* field : {"name", "type", "company", "contact"})
        EXPECT_TRUE(agreement.message().contains(
            QStringLiteral("%1: The %1 field is required").arg(QLatin1String(field))))
            << field << " in " << agreement.what();
    const ApiError item = apiError(client->createCatalogItem(NewCatalogItem{}));
    for (const char* field : {"identifier", "description", "subcategory", "type", "customerDescription"})
        EXPECT_TRUE(
            item.message().contains(QStringLiteral("%1: The %1 field is required").arg(QLatin1String(field))))
            << field << " in " << item.what();
    const ApiError addition = apiError(client->createAddition(100, NewAddition{}));
    EXPECT_TRUE(addition.message().contains(QStringLiteral("product"))) << addition.what();
    EXPECT_EQ(data.agreements.size(), 2);
    EXPECT_EQ(data.catalog.size(), 2);
    EXPECT_EQ(data.additions.size(), 3);
}

TEST_F(ConnectWiseClientTest, CallsStartedTogetherDiscoverOnce) {
    auto first = client->agreements();
    auto second = client->companies();
    auto third = client->additions(100);
    EXPECT_EQ(runSync(std::move(first)).size(), 2);
    EXPECT_EQ(runSync(std::move(second)).size(), 3);
    EXPECT_EQ(runSync(std::move(third)).size(), 2);
    EXPECT_EQ(apiCalls(QStringLiteral("companyinfo")), 1);
}
