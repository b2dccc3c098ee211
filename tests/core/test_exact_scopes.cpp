// Exact Online's App-Center scopes and its error budget (issue 8 point 5): the fake refuses a
// resource outside the app's scopes as Exact does and blocks an endpoint after 10 errors in an
// hour; the client names the missing scope, shows in `auth status` what it can read, needs no
// division list for the current division, and never sends a call that got a 4xx twice in a run.
#include "exact/ExactScope.h"
#include "exact/ExactScopeError.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/exact/ExactEntities.h"
#include "sandbox/exact/ExactScopes.h"
#include "test_exact_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace exacttest;

namespace {

const QDate kMonth(2026, 10, 1);

class ExactScopesTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        data.items = {{guid(0x4000, 1), QStringLiteral("CLOUD-BACKUP"), QStringLiteral("Backup"), dec("4")}};
        ExactInvoice inv = invoice(1, QDate(2026, 10, 5), 101, guid(0x3000, 1), 8033);
        inv.lines = {line(1, 1, guid(0x4000, 1), "2", "4")};
        data.purchaseInvoices = {inv};
    }
    // Requests that reached the fake (after the spy), per endpoint as the sandbox counts them.
    int sent(const QString& resource) const { return server->count(QStringLiteral("exact ") + resource); }
    static QString message(const HttpResponse& r) {
        return QJsonDocument::fromJson(r.body)
            .object()
            .value(u"error")
            .toObject()
            .value(u"message")
            .toObject()
            .value(u"value")
            .toString();
    }
    // A GET that reports a 429 at once instead of waiting for the block to lift.
    HttpResponse getOnce(const QString& pathAndQuery) {
        HttpRequest r;
        r.url = QUrl(server->baseUrl().toString() + pathAndQuery);
        r.throwOnHttpError = false;
        r.addHeader("Accept", "application/json");
        r.addHeader("Authorization", "Bearer " + runSync(exact().auth().accessToken()).toUtf8());
        HttpPolicy p = fastPolicy();
        p.max429Retries = 0;
        HttpClient raw(QStringLiteral("raw"), p);
        return runSync(raw.send(r));
    }
    QString div(const QString& rest) const { return QStringLiteral("/api/v1/%1/%2").arg(Division).arg(rest); }
};

TEST_F(ExactScopesTest, EveryResourceTheFakeServesBelongsToAScopeTheClientNamesAlike) {
    for (const ExactEntitySet& set : ExactEntities::all()) {
        EXPECT_TRUE(ExactScopes::known(set.path)) << set.path.toStdString();
        EXPECT_FALSE(ExactScopes::scopeOf(set.path).isEmpty()) << set.path.toStdString();
        // The client's readable name is the fake's wire name made readable.
        EXPECT_EQ(ExactScope::scopeOf(set.path), ExactScope::readable(ExactScopes::scopeOf(set.path)))
            << set.path.toStdString();
    }
    EXPECT_EQ(ExactScope::readable(QStringLiteral("organization.administration")),
              QStringLiteral("Organization administration"));
    EXPECT_EQ(ExactScope::appCenterName(QStringLiteral("organization.administration")),
              QStringLiteral("organization/administration"));
}

TEST_F(ExactScopesTest, AResourceOutsideTheGrantedScopesAnswers403AsExactDoes) {
    data.grantedScopes.remove(QStringLiteral("organization.administration"));
    const HttpResponse refused = getOnce(div(QStringLiteral("system/Divisions?$select=Code")));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(message(refused),
              QStringLiteral("Forbidden - Application Scope Violated. Cannot read 'organization.administration' scope."));
    // current/Me needs no scope; the rights check needs none either (decision, docs/decisions.md).
    EXPECT_EQ(getOnce(QStringLiteral("/api/v1/current/Me?$select=UserID")).status, 200);
    EXPECT_EQ(getOnce(div(QStringLiteral("users/UserHasRights?endpoint='system/Divisions'&action='GET'"))).status,
              200);
    // Granted scopes still answer.
    EXPECT_EQ(getOnce(div(QStringLiteral("purchase/PurchaseInvoices?$select=ID"))).status, 200);
}

TEST_F(ExactScopesTest, TenErrorsInAnHourBlockTheEndpointForTheRestOfTheHour) {
    // logistics/Items has mandatory filtering: without a $filter it answers 400, an error.
    const QString bad = div(QStringLiteral("logistics/Items?$select=ID"));
    const QString good = div(QStringLiteral("logistics/Items?$select=ID&$filter=Code eq 'CLOUD-BACKUP'"));
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(getOnce(bad).status, 400) << i;
    EXPECT_EQ(fake->errorBudget().errors(data.userId, QString::number(Division), QStringLiteral("exact logistics/Items"),
                                         sandboxClock.nowUtc()),
              10);
    // Blocked: 429 with Retry-After until the end of the hour, so a client gives up at once
    // instead of waiting (unless the hour ends within its two minutes of patience).
    if (sandboxClock.nowUtc().secsTo(ExactErrorBudget::liftedAt(sandboxClock.nowUtc())) > 150) {
        try {
            getOnce(good);
            ADD_FAILURE() << "a blocked endpoint answered";
        } catch (const ApiError& e) {
            EXPECT_EQ(e.status(), 429);
            EXPECT_TRUE(e.message().contains(QStringLiteral("blocked until"))) << e.what();
        }
        EXPECT_EQ(server->count(QStringLiteral("exact logistics/Items")), 11);
    }
    // Only that endpoint: another one still answers.
    EXPECT_EQ(getOnce(div(QStringLiteral("purchase/PurchaseInvoices?$select=ID"))).status, 200);
    // The block is lifted when the hour is over.
    advance(3600);
    EXPECT_EQ(getOnce(good).status, 200);
}

TEST_F(ExactScopesTest, StatusShowsWhatItCanReadInsteadOfFailingOnDivisions) {
    data.grantedScopes.remove(QStringLiteral("organization.administration"));
    data.grantedScopes.remove(QStringLiteral("logistics.items"));
    data.deniedEndpoints = {QStringLiteral("purchase/PurchaseInvoiceLines")};
    const ExactStatus s = runSync(exact().status());
    EXPECT_EQ(s.division, Division);
    ASSERT_EQ(s.access.size(), 5);
    EXPECT_EQ(s.access[0].resource, QStringLiteral("system/Divisions"));
    EXPECT_EQ(s.access[0].state, ExactAccess::State::MissingScope);
    EXPECT_EQ(s.access[0].scope, QStringLiteral("Organization administration"));
    EXPECT_EQ(s.access[1].resource, QStringLiteral("purchase/PurchaseInvoices"));
    EXPECT_EQ(s.access[1].state, ExactAccess::State::Readable);
    EXPECT_EQ(s.access[2].state, ExactAccess::State::NoRight);
    EXPECT_EQ(s.access[3].resource, QStringLiteral("logistics/Items"));
    EXPECT_EQ(s.access[3].state, ExactAccess::State::MissingScope);
    EXPECT_EQ(s.access[3].scope, QStringLiteral("Logistics items"));
    EXPECT_EQ(ExactAccessCheck::describe(s.access[3]),
              QStringLiteral("missing scope Logistics items (needed to read item codes)"));
    EXPECT_EQ(s.access[4].resource, QStringLiteral("vat/VATCodes"));
    EXPECT_EQ(s.access[4].state, ExactAccess::State::Readable);
    EXPECT_EQ(s.missingRights, QStringList{QStringLiteral("purchase/PurchaseInvoiceLines")});
    EXPECT_EQ(sent(QStringLiteral("system/Divisions")), 1);
    EXPECT_EQ(sent(QStringLiteral("logistics/Items")), 1);

    // Asked again in the same run, the refused calls are answered from memory.
    const ExactStatus again = runSync(exact().status());
    EXPECT_EQ(again.access[0].state, ExactAccess::State::MissingScope);
    EXPECT_EQ(sent(QStringLiteral("system/Divisions")), 1);
    EXPECT_EQ(sent(QStringLiteral("logistics/Items")), 1);
}

TEST_F(ExactScopesTest, ALoadNamesTheMissingScopeAndNeverSendsTheRefusedCallTwice) {
    data.grantedScopes.remove(QStringLiteral("purchase.invoices"));
    for (int run = 0; run < 2; ++run) {
        try {
            runSync(exact().loadMonth(kMonth));
            FAIL() << "loaded without the scope";
        } catch (const ExactScopeError& e) {
            EXPECT_EQ(e.scope(), QStringLiteral("Purchase invoices"));
            EXPECT_TRUE(e.message().startsWith(QStringLiteral(
                "Exact Online: the app lacks the scope Purchase invoices, needed to read purchase invoices")))
                << e.what();
            EXPECT_TRUE(e.message().contains(QStringLiteral("purchase/invoices"))) << e.what();
        }
    }
    EXPECT_EQ(sent(QStringLiteral("purchase/PurchaseInvoices")), 1);
    EXPECT_EQ(fake->errorBudget().errors(data.userId, QString::number(Division),
                                         QStringLiteral("exact purchase/PurchaseInvoices"), sandboxClock.nowUtc()),
              1);
}

TEST_F(ExactScopesTest, TheCurrentDivisionNeedsNoDivisionList) {
    data.grantedScopes.remove(QStringLiteral("organization.administration"));
    EXPECT_EQ(runSync(exact().loadMonth(kMonth)).size(), 1);
    EXPECT_EQ(sent(QStringLiteral("system/Divisions")), 0);
}

TEST_F(ExactScopesTest, AnotherDivisionWithoutTheScopeNamesIt) {
    data.otherDivisions = {{654321, QStringLiteral("Other B.V.")}};
    data.grantedScopes.remove(QStringLiteral("organization.administration"));
    configure({{QStringLiteral("exact/division"), QStringLiteral("654321")}});
    for (int run = 0; run < 2; ++run) {
        try {
            runSync(exact().loadMonth(kMonth));
            FAIL() << "another division was read unchecked";
        } catch (const UserError& e) {
            EXPECT_TRUE(e.message().startsWith(QStringLiteral("exact/division 654321 cannot be checked: Exact "
                                                              "Online: the app lacks the scope Organization "
                                                              "administration, needed to read divisions")))
                << e.what();
            EXPECT_TRUE(e.message().contains(QStringLiteral("%1, the user's current division").arg(Division)))
                << e.what();
        }
    }
    EXPECT_EQ(sent(QStringLiteral("system/Divisions")), 1);
}

} // namespace
