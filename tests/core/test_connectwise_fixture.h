#pragma once

// Shared by the test_connectwise_*.cpp files: a small hand-made ConnectWise tenant served by
// ConnectWiseFake on a real loopback SandboxServer, and a ConnectWiseClient pointed at it.
#include "connectwise/ConnectWiseClient.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "net/HttpClient.h"
#include "async/RunSync.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace cwtest {

using namespace il;
using namespace il::sandbox;
using namespace std::chrono_literals;

inline Decimal dec(const char* text) {
    return Decimal::fromString(QString::fromLatin1(text));
}

inline Agreement makeAgreement(int id, int companyId, const CwData& d,
                               const QString& status = QStringLiteral("Active")) {
    Agreement a;
    a.id = id;
    a.name = QStringLiteral("Agreement %1").arg(id);
    a.companyId = companyId;
    for (const Company& c : d.companies)
        if (c.id == companyId) {
            a.companyIdentifier = c.identifier;
            a.companyName = c.name;
        }
    a.typeId = 7;
    a.typeName = QStringLiteral("Managed Services");
    a.status = status;
    a.startDate = QDate(2026, 1, 1);
    a.lastUpdated = QStringLiteral("2026-01-02T09:00:00Z");
    return a;
}

inline Addition makeAddition(int id, int agreementId, const CatalogItem& product, const char* quantity,
                             const char* unitCost, const char* unitPrice) {
    Addition a;
    a.id = id;
    a.agreementId = agreementId;
    a.productId = product.id;
    a.productIdentifier = product.identifier;
    a.quantity = dec(quantity);
    a.unitCost = dec(unitCost);
    a.unitPrice = dec(unitPrice);
    a.billCustomer = QStringLiteral("Billable");
    a.effectiveDate = QDate(2026, 1, 1);
    a.lastUpdated = QStringLiteral("2026-01-02T09:00:00Z");
    return a;
}

// Three companies (one with quotes and & in its name, one deleted), two agreements, three
// additions, two catalog items and every lookup table.
inline CwData smallCwData() {
    CwData d;
    d.companyId = QStringLiteral("invoicelink");
    d.codebase = QStringLiteral("v2025_1/");
    d.companies = {
        {250, QStringLiteral("ACME"), QStringLiteral("ACME B.V."), QStringLiteral("Active"), false},
        {251, QStringLiteral("O'BRIEN \"PUB\""), QStringLiteral("O'Brien \"The Pub\" & Co"),
         QStringLiteral("Active"), false},
        {252, QStringLiteral("GONE"), QStringLiteral("Gone Ltd"), QStringLiteral("Inactive"), true}};
    d.contacts = {{31, QStringLiteral("Ann"), QStringLiteral("Smith"), 250},
                  {32, QStringLiteral("Bob"), QString(), 251}};
    d.agreementTypes = {{7, QStringLiteral("Managed Services")}, {8, QStringLiteral("Block Time")}};
    d.productTypes = {{2, QStringLiteral("Service")}};
    d.subcategories = {{3, QStringLiteral("Cloud")}};
    d.billingCycles = {{1, QStringLiteral("Monthly")}};
    CatalogItem m365;
    m365.id = 812;
    m365.identifier = QStringLiteral("M365-BP");
    m365.description = QStringLiteral("Microsoft 365 Business Premium");
    m365.customerDescription = m365.description;
    m365.price = dec("20.6");
    m365.cost = dec("18.1234");
    m365.subcategoryId = 3;
    m365.typeId = 2;
    CatalogItem backup = m365;
    backup.id = 813;
    backup.identifier = QStringLiteral("BACKUP-50");
    backup.description = QStringLiteral("Backup 50 GB");
    backup.price = dec("9.95");
    backup.cost = dec("7.5");
    d.catalog = {m365, backup};
    d.agreements = {makeAgreement(100, 250, d), makeAgreement(101, 251, d, QStringLiteral("Cancelled"))};
    d.additions = {makeAddition(5001, 100, m365, "5", "18.1234", "20.6"),
                   makeAddition(5002, 100, backup, "2", "7.5", "9.95"),
                   makeAddition(5003, 101, m365, "1", "18.1234", "20.6")};
    return d;
}

class ConnectWiseTest : public ::testing::Test {
protected:
    void SetUp() override {
        data = smallCwData();
        fake = std::make_unique<ConnectWiseFake>(data, credentials);
        fake->setClock(&clock);
        server.addService(fake.get());
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(dir.isValid());
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("invoicelink.ini")));
        settings->setValue(QStringLiteral("connectwise/site"), server.baseUrl().toString());
        settings->setValue(QStringLiteral("connectwise/company"), data.companyId);
        setSecrets(credentials.cwPublicKey, credentials.cwPrivateKey, credentials.cwClientId);
        makeClient();
    }

    static HttpPolicy policy() {
        HttpPolicy p;
        p.maxConcurrent = 4;
        p.rateLimit = HttpPolicy::RateLimit::RetryAfter;
        p.backoffBase = 5ms;
        p.backoffCap = 20ms;
        p.timeout = 5000ms;
        return p;
    }

    // A fresh client (and HttpClient): nothing cached, counters at zero.
    void makeClient() {
        client.reset();
        http = std::make_unique<HttpClient>(QStringLiteral("ConnectWise"), policy());
        client = std::make_unique<ConnectWiseClient>(*settings, secrets, *http);
    }

    void setSecrets(const QString& pub, const QString& priv, const QString& clientId) {
        auto put = [this](const QString& name, const QString& value) {
            if (value.isEmpty())
                runSync(secrets.remove(name));
            else
                runSync(secrets.write(name, value));
        };
        put(QStringLiteral("connectwise.public_key"), pub);
        put(QStringLiteral("connectwise.private_key"), priv);
        put(QStringLiteral("connectwise.client_id"), clientId);
    }

    // The ApiError a task ends in; fails the test when it ends otherwise.
    template <typename T> ApiError apiError(QCoro::Task<T> task) {
        try {
            runSync(std::move(task));
        } catch (const ApiError& e) {
            return e;
        } catch (const std::exception& e) {
            ADD_FAILURE() << "expected an ApiError, got: " << e.what();
            return ApiError(ApiError::Kind::Http, {}, {}, 0, {});
        }
        ADD_FAILURE() << "expected an ApiError, but the call succeeded";
        return ApiError(ApiError::Kind::Http, {}, {}, 0, {});
    }

    template <typename T> QString userError(QCoro::Task<T> task) {
        try {
            runSync(std::move(task));
        } catch (const UserError& e) {
            return e.message();
        } catch (const std::exception& e) {
            ADD_FAILURE() << "expected a UserError, got: " << e.what();
            return {};
        }
        ADD_FAILURE() << "expected a UserError, but the call succeeded";
        return {};
    }

    // A raw request to the fake with valid credentials unless told otherwise; never throws
    // for an HTTP status. pathAndQuery is already encoded.
    HttpResponse raw(const QByteArray& method, const QByteArray& pathAndQuery, const QByteArray& body = {},
                     bool withAuth = true) {
        HttpRequest r;
        r.method = method;
        r.url = QUrl::fromEncoded(server.baseUrl().toEncoded() + pathAndQuery);
        r.throwOnHttpError = false;
        if (withAuth) {
            const QString user =
                data.companyId + u'+' + credentials.cwPublicKey + u':' + credentials.cwPrivateKey;
            r.addHeader("Authorization", "Basic " + user.toUtf8().toBase64());
            r.addHeader("clientId", credentials.cwClientId.toUtf8());
        }
        if (!body.isEmpty()) {
            r.addHeader("Content-Type", "application/json");
            r.body = body;
        }
        HttpPolicy p = policy();
        p.maxRetries = 0;
        p.max429Retries = 0;
        HttpClient plain(QStringLiteral("ConnectWise"), p);
        return runSync(plain.send(std::move(r)));
    }
    static QByteArray api(const QByteArray& rest) { return "/v2025_1/apis/3.0/" + rest; }
    static QJsonArray array(const HttpResponse& r) { return QJsonDocument::fromJson(r.body).array(); }
    static QJsonObject object(const HttpResponse& r) { return QJsonDocument::fromJson(r.body).object(); }

    CwData data;
    SandboxCredentials credentials;
    SandboxClock clock;
    std::unique_ptr<ConnectWiseFake> fake;
    SandboxServer server;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<ConnectWiseClient> client;
};

} // namespace cwtest
