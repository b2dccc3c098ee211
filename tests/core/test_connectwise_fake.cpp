// ConnectWiseFake over real loopback HTTP with raw requests: discovery, auth, paging and Link
// headers, conditions, /count, fields, orderBy, writes and the error and 429 shapes.
#include "test_connectwise_fixture.h"

#include <QUrlQuery>

using namespace cwtest;

namespace {

class ConnectWiseFakeTest : public ConnectWiseTest {
protected:
    void addAgreements(int count) {
        data.agreements.clear();
        for (int i = 1; i <= count; ++i)
            data.agreements.append(makeAgreement(1000 + i, i % 2 ? 250 : 251, data));
    }
    // rel → URL of a Link header.
    static QMap<QString, QUrl> links(const HttpResponse& r) {
        QMap<QString, QUrl> out;
        for (const QString& part : QString::fromUtf8(r.header("Link")).split(QStringLiteral(", <"))) {
            const QString url = part.section(u'<', -1).section(u'>', 0, 0);
            out.insert(part.section(QStringLiteral("rel=\""), 1).section(u'"', 0, 0), QUrl(url));
        }
        return out;
    }
};

} // namespace

TEST_F(ConnectWiseFakeTest, CompanyInfoNeedsNoAuthAndNamesTheCodebase) {
    const HttpResponse r = raw("GET", "/login/companyinfo/InvoiceLink", {}, false);
    ASSERT_EQ(r.status, 200);
    const QJsonObject o = object(r);
    EXPECT_EQ(o.value(QStringLiteral("Codebase")).toString(), QStringLiteral("v2025_1/"));
    EXPECT_EQ(o.value(QStringLiteral("VersionCode")).toString(), QStringLiteral("v2025.1"));
    EXPECT_EQ(o.value(QStringLiteral("IsCloud")).toString(), QStringLiteral("True"));
    EXPECT_EQ(o.value(QStringLiteral("CompanyID")).toString(), QStringLiteral("invoicelink"));
    EXPECT_FALSE(o.value(QStringLiteral("SiteUrl")).toString().isEmpty());

    const HttpResponse unknown = raw("GET", "/login/companyinfo/nosuchco", {}, false);
    EXPECT_EQ(unknown.status, 200);
    EXPECT_EQ(unknown.body, QByteArray("null"));
    EXPECT_EQ(server.count(QStringLiteral("connectwise companyinfo")), 2);
}

TEST_F(ConnectWiseFakeTest, TheApiLivesOnlyUnderItsCodebase) {
    EXPECT_EQ(raw("GET", api("company/companies")).status, 200);
    EXPECT_EQ(raw("GET", "/v4_6_release/apis/3.0/company/companies").status, 404);
    EXPECT_EQ(raw("GET", "/v2024_2/apis/3.0/company/companies").status, 404);
    EXPECT_EQ(raw("GET", api("company/nothing")).status, 404);
}

TEST_F(ConnectWiseFakeTest, RefusesWrongKeysMissingClientIdAndAMissingRole) {
    const HttpResponse none = raw("GET", api("company/companies"), {}, false);
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(object(none).value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
    EXPECT_FALSE(none.header("x-cw-request-id").isEmpty());

    HttpRequest wrongKey;
    wrongKey.url = QUrl::fromEncoded(server.baseUrl().toEncoded() + api("company/companies"));
    wrongKey.throwOnHttpError = false;
    wrongKey.addHeader("Authorization", "Basic " + QByteArray("invoicelink+sandboxpub:wrong").toBase64());
    wrongKey.addHeader("clientId", credentials.cwClientId.toUtf8());
    HttpClient plain(QStringLiteral("ConnectWise"), policy());
    EXPECT_EQ(runSync(plain.send(wrongKey)).status, 401);

    HttpRequest noClient = wrongKey;
    noClient.headers.clear();
    noClient.addHeader("Authorization",
                       "Basic " + QByteArray("invoicelink+sandboxpub:sandboxpriv").toBase64());
    const HttpResponse missing = runSync(plain.send(noClient));
    EXPECT_EQ(missing.status, 400);
    EXPECT_TRUE(
        object(missing).value(QStringLiteral("message")).toString().contains(QStringLiteral("clientId")));

    fake->setRoleDenied(true);
    const HttpResponse denied = raw("GET", api("company/companies"));
    EXPECT_EQ(denied.status, 403);
    EXPECT_EQ(object(denied).value(QStringLiteral("code")).toString(), QStringLiteral("Security"));
    EXPECT_EQ(object(denied).value(QStringLiteral("message")).toString(),
              QStringLiteral("You do not have security permission to perform this action."));
}

TEST_F(ConnectWiseFakeTest, PagesDefaultTo25WithLinkHeadersThatKeepTheQuery) {
    addAgreements(62);
    const HttpResponse first = raw("GET", api("finance/agreements"));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(array(first).size(), 25); // the default that bites everybody
    auto rel = links(first);
    EXPECT_TRUE(rel.contains(QStringLiteral("next")));
    EXPECT_FALSE(rel.contains(QStringLiteral("prev")));
    EXPECT_EQ(QUrlQuery(rel.value(QStringLiteral("last"))).queryItemValue(QStringLiteral("page")),
              QStringLiteral("3"));

    const QByteArray cond = "conditions=company/id%20%3D%20250&orderBy=id%20desc&pageSize=10";
    const HttpResponse filtered = raw("GET", api("finance/agreements?") + cond + "&page=2");
    ASSERT_EQ(array(filtered).size(), 10);
    EXPECT_EQ(array(filtered).at(0).toObject().value(QStringLiteral("id")).toInt(), 1041);
    rel = links(filtered);
    const QUrl next = rel.value(QStringLiteral("next"));
    EXPECT_TRUE(next.toEncoded().contains(cond)) << next.toEncoded().constData();
    EXPECT_EQ(QUrlQuery(next).queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    EXPECT_TRUE(rel.contains(QStringLiteral("prev")));

    const HttpResponse last = raw("GET", api("finance/agreements?") + cond + "&page=4");
    EXPECT_EQ(array(last).size(), 1);
    EXPECT_FALSE(links(last).contains(QStringLiteral("next")));

    EXPECT_EQ(array(raw("GET", api("finance/agreements?pageSize=5000"))).size(), 62); // capped at 1000
    addAgreements(1500);
    EXPECT_EQ(array(raw("GET", api("finance/agreements?pageSize=5000"))).size(), 1000);
}

TEST_F(ConnectWiseFakeTest, ForwardOnlyPagingIsKeysetOnId) {
    addAgreements(7);
    HttpRequest r;
    r.url =
        QUrl::fromEncoded(server.baseUrl().toEncoded() + api("finance/agreements?pageSize=5&pageId=1001"));
    r.addHeader("Authorization", "Basic " + QByteArray("invoicelink+sandboxpub:sandboxpriv").toBase64());
    r.addHeader("clientId", credentials.cwClientId.toUtf8());
    r.addHeader("pagination-type", "forward-only");
    HttpClient plain(QStringLiteral("ConnectWise"), policy());
    const HttpResponse page = runSync(plain.send(r));
    ASSERT_EQ(array(page).size(), 5);
    EXPECT_EQ(array(page).at(0).toObject().value(QStringLiteral("id")).toInt(), 1002);
    EXPECT_EQ(QUrlQuery(links(page).value(QStringLiteral("next"))).queryItemValue(QStringLiteral("pageId")),
              QStringLiteral("1006"));
}

TEST_F(ConnectWiseFakeTest, CountsFieldsAndBadConditions) {
    addAgreements(9);
    const HttpResponse count = raw("GET", api("finance/agreements/count?conditions=company/id%3D250"));
    EXPECT_EQ(object(count).value(QStringLiteral("count")).toInt(), 5);
    EXPECT_EQ(object(raw("GET", api("finance/agreements/100/additions/count")))
                  .value(QStringLiteral("count"))
                  .toInt(),
              2);

    const QJsonObject slim =
        array(raw("GET", api("finance/agreements?fields=id,company/id&pageSize=1"))).at(0).toObject();
    EXPECT_EQ(slim.keys(), (QStringList{QStringLiteral("company"), QStringLiteral("id")}));
    EXPECT_EQ(slim.value(QStringLiteral("company")).toObject().keys(), QStringList{QStringLiteral("id")});

    const HttpResponse bad = raw("GET", api("finance/agreements?conditions=name%3DACME"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(object(bad).value(QStringLiteral("code")).toString(), QStringLiteral("InvalidObject"));
    EXPECT_TRUE(object(bad)
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Expected a boolean")));
}

TEST_F(ConnectWiseFakeTest, SendsConnectWiseShapes) {
    const QJsonObject add = object(raw("GET", api("finance/agreements/100/additions/5001")));
    EXPECT_EQ(add.value(QStringLiteral("product")).toObject().value(QStringLiteral("identifier")).toString(),
              QStringLiteral("M365-BP"));
    EXPECT_TRUE(add.value(QStringLiteral("unitCost")).isDouble());
    EXPECT_EQ(Decimal::fromJson(add.value(QStringLiteral("unitCost"))), dec("18.1234"));
    EXPECT_EQ(add.value(QStringLiteral("effectiveDate")).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
    EXPECT_FALSE(add.contains(QStringLiteral("cancelledDate"))); // nulls are left out
    EXPECT_EQ(add.value(QStringLiteral("agreementStatus")).toString(), QStringLiteral("Active"));
    EXPECT_EQ(add.value(QStringLiteral("_info")).toObject().value(QStringLiteral("lastUpdated")).toString(),
              QStringLiteral("2026-01-02T09:00:00Z"));

    const QJsonObject agr = object(raw("GET", api("finance/agreements/100")));
    const QJsonObject company = agr.value(QStringLiteral("company")).toObject();
    EXPECT_EQ(company.value(QStringLiteral("identifier")).toString(), QStringLiteral("ACME"));
    EXPECT_TRUE(company.value(QStringLiteral("_info"))
                    .toObject()
                    .value(QStringLiteral("company_href"))
                    .toString()
                    .endsWith(QStringLiteral("/v2025_1/apis/3.0/company/companies/250")));
    EXPECT_EQ(agr.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInt(), 31);

    const QJsonObject info = object(raw("GET", api("system/info")));
    EXPECT_TRUE(info.value(QStringLiteral("version")).toString().startsWith(QStringLiteral("v2025.1")));
    EXPECT_EQ(server.count(QStringLiteral("connectwise finance/agreements/{id}/additions/{id}")), 1);
    EXPECT_EQ(server.count(QStringLiteral("connectwise finance/agreements/{id}")), 1);
}

TEST_F(ConnectWiseFakeTest, PatchPathsAreCaseSensitiveAndNothingChangesOnError) {
    const QByteArray path = api("finance/agreements/100/additions/5001");
    const HttpResponse wrong = raw("PATCH", path, R"([{"op":"replace","path":"quantity","value":9},
                                                     {"op":"replace","path":"Quantity","value":9}])");
    EXPECT_EQ(wrong.status, 400);
    const QJsonArray errors = object(wrong).value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("Quantity"));
    EXPECT_EQ(data.additions[0].quantity, dec("5"));

    EXPECT_EQ(raw("PATCH", path, R"([{"op":"replace","path":"extPrice","value":1}])").status, 400);
    EXPECT_EQ(raw("PATCH", path, R"({"op":"replace","path":"quantity","value":1})").status,
              400); // not an array
    EXPECT_EQ(raw("PATCH", path, R"([{"op":"replace","path":"quantity","value":"lots"}])").status, 400);

    // DG: a path into an object gives a "false 200" and changes nothing.
    const HttpResponse inner = raw("PATCH", path, R"([{"op":"replace","path":"product/id","value":813}])");
    EXPECT_EQ(inner.status, 200);
    EXPECT_EQ(data.additions[0].productId, 812);

    clock.advance(3600);
    const HttpResponse ok = raw("PATCH", path, R"([{"op":"replace","path":"/unitPrice","value":21.0001},
                                                  {"op":"replace","path":"cancelledDate","value":"2026-10-31T00:00:00Z"}])");
    ASSERT_EQ(ok.status, 200);
    EXPECT_EQ(data.additions[0].unitPrice, dec("21.0001"));
    EXPECT_EQ(data.additions[0].cancelledDate, QDate(2026, 10, 31));
    EXPECT_NE(data.additions[0].lastUpdated, QStringLiteral("2026-01-02T09:00:00Z"));
    EXPECT_EQ(
        object(ok).value(QStringLiteral("_info")).toObject().value(QStringLiteral("lastUpdated")).toString(),
        data.additions[0].lastUpdated);
}

TEST_F(ConnectWiseFakeTest, PutResetsOmittedFieldsAndDeleteAnswers204) {
    const QByteArray path = api("finance/agreements/100/additions/5001");
    const HttpResponse put =
        raw("PUT", path, R"({"product":{"id":812},"billCustomer":"Billable","quantity":3})");
    ASSERT_EQ(put.status, 200);
    EXPECT_EQ(data.additions[0].quantity, dec("3"));
    EXPECT_TRUE(data.additions[0].unitCost.isZero()); // PUT nulls what it leaves out
    EXPECT_FALSE(data.additions[0].effectiveDate.isValid());

    EXPECT_EQ(raw("DELETE", path).status, 204);
    EXPECT_EQ(raw("GET", path).status, 404);
    EXPECT_EQ(data.additions.size(), 2);
}

TEST_F(ConnectWiseFakeTest, PostsValidateRequiredFieldsAndAssignIds) {
    const HttpResponse empty = raw("POST", api("finance/agreements/100/additions"), "{}");
    EXPECT_EQ(empty.status, 400);
    QStringList fields;
    for (const QJsonValue& e : object(empty).value(QStringLiteral("errors")).toArray())
        fields.append(e.toObject().value(QStringLiteral("field")).toString());
    EXPECT_EQ(fields, (QStringList{QStringLiteral("product"), QStringLiteral("billCustomer")}));

    const HttpResponse created =
        raw("POST", api("finance/agreements/100/additions"),
            R"({"product":{"identifier":"backup-50"},"billCustomer":"Billable","quantity":4})");
    EXPECT_EQ(created.status, 201);
    EXPECT_EQ(object(created).value(QStringLiteral("id")).toInt(), 5004);
    EXPECT_EQ(object(created).value(QStringLiteral("agreementId")).toInt(), 100);

    const HttpResponse noContact =
        raw("POST", api("finance/agreements"), R"({"name":"X","type":{"id":7},"company":{"id":250}})");
    EXPECT_EQ(noContact.status, 400);
    EXPECT_TRUE(noContact.body.contains("\"field\":\"contact\""));

    const HttpResponse dup = raw("POST", api("procurement/catalog"),
                                 R"({"identifier":"m365-bp","description":"d","customerDescription":"c",
                                     "subcategory":{"id":3},"type":{"id":2}})");
    EXPECT_EQ(dup.status, 400);
    EXPECT_TRUE(dup.body.contains("ObjectExists"));
    EXPECT_EQ(data.catalog.size(), 2);
}

TEST_F(ConnectWiseFakeTest, ThrottlesOnDemandWithTheDifferent429Body) {
    fake->setThrottle(1, 2);
    const HttpResponse busy = raw("GET", api("company/companies"));
    EXPECT_EQ(busy.status, 429);
    EXPECT_EQ(busy.header("Retry-After"), QByteArray("2"));
    EXPECT_EQ(object(busy).value(QStringLiteral("error")).toString(), QStringLiteral("ConnectWiseAPI"));
    EXPECT_EQ(object(busy).value(QStringLiteral("message")).toString(),
              QStringLiteral("Too many requests. Please try again in 2 seconds."));
    EXPECT_EQ(raw("GET", api("company/companies")).status, 200);
}
