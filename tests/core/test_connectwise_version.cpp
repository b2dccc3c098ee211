// The ConnectWise model version (issue 8 point 7): connectwise/api_version is sent in Accept on
// every API call; the sandbox serves 2019.1 up to the tenant's own release and refuses anything
// else as ConnectWise does (400 "does not support the API version"); the client turns that
// refusal into words that name the setting, before anything is written.
#include "test_connectwise_fixture.h"

#include "engine/ConfigCheck.h"

using namespace cwtest;

namespace {

const QString kKey = QStringLiteral("connectwise/api_version");

class ConnectWiseVersionTest : public ConnectWiseTest {
protected:
    void useVersion(const QString& version) {
        settings->setValue(kKey, version);
        makeClient();
    }
    // The Accept header of every API call the fake received (companyinfo is no API call).
    QList<QByteArray> apiAccepts() const {
        QList<QByteArray> out;
        for (const auto& r : fake->requests())
            if (r.endpoint != QStringLiteral("connectwise companyinfo"))
                out.append(r.accept);
        return out;
    }
    int posts() const {
        return int(std::count_if(fake->requests().begin(), fake->requests().end(),
                                 [](const auto& r) { return r.method == "POST"; }));
    }
    // A GET of company/companies with valid credentials and the given Accept header.
    HttpResponse getWithAccept(const QByteArray& accept) {
        HttpRequest r;
        r.url = QUrl::fromEncoded(server.baseUrl().toEncoded() + api("company/companies"));
        r.throwOnHttpError = false;
        const QString user = data.companyId + u'+' + credentials.cwPublicKey + u':' + credentials.cwPrivateKey;
        r.addHeader("Authorization", "Basic " + user.toUtf8().toBase64());
        r.addHeader("clientId", credentials.cwClientId.toUtf8());
        if (!accept.isEmpty())
            r.addHeader("Accept", accept);
        HttpPolicy p = policy();
        p.maxRetries = 0;
        HttpClient plain(QStringLiteral("ConnectWise"), p);
        return runSync(plain.send(std::move(r)));
    }
    static QByteArray accept(const char* version) {
        return QByteArray("application/vnd.connectwise.com+json; version=") + version;
    }
};

} // namespace

TEST_F(ConnectWiseVersionTest, TheDefaultIsTheCheckedVersionAndIsServed) {
    EXPECT_EQ(settings->cwApiVersion(), QStringLiteral("2025.1"));
    settings->setValue(kKey, QString()); // "api_version=" in the file means the default too
    EXPECT_EQ(settings->cwApiVersion(), QStringLiteral("2025.1"));
    EXPECT_EQ(runSync(client->agreements()).size(), 2);
    EXPECT_EQ(runSync(client->status()).apiVersion, QStringLiteral("2025.1"));
    const QList<QByteArray> accepts = apiAccepts();
    ASSERT_FALSE(accepts.isEmpty());
    for (const QByteArray& a : accepts)
        EXPECT_EQ(a, accept("2025.1"));
}

TEST_F(ConnectWiseVersionTest, AConfiguredVersionIsSentOnEveryCallReadsAndWrites) {
    useVersion(QStringLiteral(" 2024.1 "));
    EXPECT_EQ(runSync(client->status()).apiVersion, QStringLiteral("2024.1"));
    EXPECT_EQ(runSync(client->additions(100)).size(), 2);
    const Addition patched =
        runSync(client->patchAddition(100, 5001, {JsonPatch::replace(QStringLiteral("quantity"), dec("6"))}));
    EXPECT_EQ(patched.quantity, dec("6"));
    NewAddition n;
    n.productIdentifier = QStringLiteral("BACKUP-50");
    n.quantity = dec("1");
    runSync(client->createAddition(100, n));
    EXPECT_EQ(posts(), 1);
    const QList<QByteArray> accepts = apiAccepts();
    ASSERT_EQ(accepts.size(), 4); // system/info, additions, PATCH, POST
    for (const QByteArray& a : accepts)
        EXPECT_EQ(a, accept("2024.1"));
}

TEST_F(ConnectWiseVersionTest, AnUnsupportedVersionFailsNamingTheSettingBeforeAnyWrite) {
    useVersion(QStringLiteral("2099.1"));
    // A run reads before it writes: the first read already stops it.
    const ApiError read = apiError(client->agreements());
    EXPECT_EQ(read.status(), 400);
    const QString m = read.message();
    EXPECT_TRUE(m.contains(QStringLiteral("ConnectWise does not support API version 2099.1 "
                                          "(connectwise/api_version); use 2025.1 or leave it unset")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("GET finance/agreements"))) << m.toStdString(); // the endpoint

    // A write sent with that version is refused by ConnectWise itself: nothing changes.
    NewAddition n;
    n.productIdentifier = QStringLiteral("BACKUP-50");
    n.quantity = dec("1");
    const ApiError post = apiError(client->createAddition(100, n));
    EXPECT_EQ(post.status(), 400);
    EXPECT_TRUE(post.message().contains(kKey)) << post.what();
    EXPECT_EQ(posts(), 1); // sent once, never retried
    const ApiError patch =
        apiError(client->patchAddition(100, 5001, {JsonPatch::replace(QStringLiteral("quantity"), dec("9"))}));
    EXPECT_TRUE(patch.message().contains(kKey)) << patch.what();
    EXPECT_TRUE(fake->appliedWrites().isEmpty());
    EXPECT_EQ(data.additions[0].quantity, dec("5"));
    EXPECT_EQ(data.additions.size(), 3);

    const ConnectionCheck check = runSync(client->testConnection());
    EXPECT_EQ(check.problem, ConnectionCheck::Problem::Settings);
    EXPECT_TRUE(check.message.contains(kKey)) << check.message.toStdString();
}

TEST_F(ConnectWiseVersionTest, AnOlderTenantRefusingTheDefaultIsToldItsOwnRelease) {
    data.codebase = QStringLiteral("v2024_2/"); // on-premise or not yet upgraded
    const ApiError e = apiError(client->agreements());
    EXPECT_EQ(e.status(), 400);
    EXPECT_TRUE(e.message().contains(QStringLiteral("API version 2025.1 (connectwise/api_version, the default); "
                                                    "set it to this server's release, 2024.2")))
        << e.what();
    useVersion(QStringLiteral("2024.2"));
    EXPECT_EQ(runSync(client->agreements()).size(), 2);
}

TEST_F(ConnectWiseVersionTest, AMalformedVersionStopsBeforeAnyCall) {
    useVersion(QStringLiteral("2025-1"));
    EXPECT_TRUE(il::ConfigCheck::problems(*settings).join(u'\n').contains(QStringLiteral("connectwise/api_version must be")));
    const QString m = userError(client->agreements());
    EXPECT_TRUE(m.contains(kKey) && m.contains(QStringLiteral("'2025-1'"))) << m.toStdString();
    EXPECT_TRUE(fake->requests().isEmpty());
    useVersion(QStringLiteral("2025.16"));
    EXPECT_FALSE(il::ConfigCheck::problems(*settings).join(u'\n').contains(kKey));
}

TEST_F(ConnectWiseVersionTest, TheSandboxReadsTheVersionAsConnectWiseDoes) {
    // No version: ConnectWise serves its latest model (connectwise.md §1.3).
    EXPECT_EQ(getWithAccept({}).status, 200);
    EXPECT_EQ(getWithAccept("application/json").status, 200);
    EXPECT_EQ(getWithAccept(accept("2019.1")).status, 200);
    const HttpResponse future = getWithAccept(accept("2099.1"));
    EXPECT_EQ(future.status, 400);
    EXPECT_EQ(object(future).value(QStringLiteral("code")).toString(), QStringLiteral("ConnectWiseApi"));
    EXPECT_TRUE(object(future).value(QStringLiteral("message")).toString().contains(
        QStringLiteral("/v2025_1/apis/3.0/company/companies' does not support the API version '2099.1'.")))
        << future.body.toStdString();
    EXPECT_EQ(future.header("api-current-version"), QByteArray("2025.1"));
    EXPECT_EQ(getWithAccept(accept("2018.6")).status, 400); // before versions were PSA releases
    EXPECT_EQ(getWithAccept(accept("latest")).status, 400);
    // Only the first media range is read (connectwise-rest PR #19).
    EXPECT_EQ(getWithAccept("application/json, " + accept("2099.1")).status, 200);
}
