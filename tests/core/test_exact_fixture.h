#pragma once

// Shared by the test_exact_*.cpp files: a hand-made small ExactData served by a real
// SandboxServer + ExactFake on loopback, and an ExactConnection over it whose ManualClock moves
// in step with the fake's SandboxClock.

#include "exact/ExactConnection.h"
#include "net/HttpClient.h"
#include "async/RunSync.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/exact/ExactFake.h"
#include "settings/Clock.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace exacttest {

using namespace il;
using namespace il::sandbox;

inline QString guid(int kind, int n) {
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}
inline Decimal dec(const char* s) {
    return Decimal::fromString(QString::fromLatin1(s));
}

// A line with quantity × net price = amount.
inline ExactInvoiceLine line(int n, int lineNumber, const QString& itemId, const char* qty, const char* unit,
                             const char* discount = "0", const QString& costCenter = {}) {
    ExactInvoiceLine l;
    l.id = guid(0x2000, n);
    l.lineNumber = lineNumber;
    l.itemId = itemId;
    l.description = QStringLiteral("Line %1").arg(n);
    l.quantity = dec(qty);
    l.unitPrice = dec(unit);
    l.discount = dec(discount);
    l.netPrice = (l.unitPrice * (Decimal::fromInt(1) - l.discount)).rounded(2);
    l.amount = (l.quantity * l.netPrice).rounded(2);
    l.costCenter = costCenter;
    return l;
}

inline ExactInvoice invoice(int n, QDate date, int number, const QString& accountId, int type) {
    ExactInvoice inv;
    inv.id = guid(0x1000, n);
    inv.invoiceDate = date;
    inv.invoiceNumber = number;
    inv.yourRef = QStringLiteral("SUP-%1").arg(number);
    inv.accountId = accountId;
    inv.type = type;
    return inv;
}

// A service placed before the fake that can answer chosen paths itself (broken JSON, stray
// rows) and sees every request first (to observe tokens on the wire).
class SpyService : public FakeService {
public:
    std::function<std::optional<SandboxResponse>(const SandboxRequest&)> answer;
    std::function<void(const SandboxRequest&)> observe;

    bool handles(const SandboxRequest& r) const override {
        if (observe)
            observe(r);
        return answer && answer(r).has_value();
    }
    SandboxResponse handle(const SandboxRequest& r) override { return *answer(r); }
    QString endpointOf(const SandboxRequest& r) const override { return QStringLiteral("spy ") + r.path; }
};

class ExactFixture : public ::testing::Test {
protected:
    static constexpr int Division = 123456;

    void SetUp() override {
        data.division = Division;
        data.divisionName = QStringLiteral("Test B.V.");
        data.userId = guid(0x9000, 1);
        data.userFullName = QStringLiteral("Tess Tester");
        data.userEmail = QStringLiteral("tess@example.com");
        fake = std::make_unique<ExactFake>(data, credentials, sandboxClock);
        server = std::make_unique<SandboxServer>();
        server->addService(&spy);
        server->addService(fake.get());
        ASSERT_TRUE(server->listen());
        fake->setBaseUrl(server->baseUrl());
        ASSERT_TRUE(dir.isValid());
        configure({});
        runSync(secrets.write(QStringLiteral("exact.client_secret"), credentials.exactClientSecret));
        runSync(secrets.write(QStringLiteral("exact.refresh_token"), fake->issueInitialRefreshToken()));
    }
    void TearDown() override { server.reset(); }

    // Writes the config; `extra` overrides keys such as "exact/source".
    void configure(const QMap<QString, QString>& extra) {
        const QString path = dir.filePath(QStringLiteral("invoicelink.ini"));
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.clear();
            ini.setValue(QStringLiteral("exact/base_url"), server->baseUrl().toString());
            ini.setValue(QStringLiteral("exact/division"), Division);
            ini.setValue(QStringLiteral("exact/client_id"), credentials.exactClientId);
            ini.setValue(QStringLiteral("exact/redirect_uri"),
                         QStringLiteral("https://invoicelink.example/exact"));
            ini.setValue(QStringLiteral("exact/source"), QStringLiteral("purchase"));
            ini.setValue(QStringLiteral("exact/customer_key"), QStringLiteral("costcenter"));
            for (auto it = extra.begin(); it != extra.end(); ++it)
                ini.setValue(it.key(), it.value());
        }
        settings = std::make_unique<Settings>(path);
    }

    static HttpPolicy fastPolicy() {
        HttpPolicy p = ExactConnection::httpPolicy();
        p.backoffBase = std::chrono::milliseconds(5);
        p.backoffCap = std::chrono::milliseconds(20);
        p.timeout = std::chrono::milliseconds(5000);
        return p;
    }

    std::unique_ptr<ExactConnection> connect(HttpClient& client, QString lockFile = {}) {
        if (lockFile.isEmpty())
            lockFile = dir.filePath(QStringLiteral("exact-token.lock"));
        return std::make_unique<ExactConnection>(*settings, secrets, client, clock, lockFile);
    }
    ExactConnection& exact() {
        if (!m_connection)
            m_connection = connect(http);
        return *m_connection;
    }
    // Moves the client's and the fake's clocks together (never sleeps).
    void advance(qint64 seconds) {
        clock.advance(seconds);
        sandboxClock.advance(seconds);
    }
    QString stored(const QString& name) { return runSync(secrets.read(name)).value_or(QString()); }

    // A raw request to the fake with the stored access token (for checks the client would never do).
    HttpResponse rawGet(const QString& pathAndQuery, bool withToken = true) {
        HttpRequest r;
        r.url = QUrl(server->baseUrl().toString() + pathAndQuery);
        r.throwOnHttpError = false;
        r.addHeader("Accept", "application/json");
        if (withToken)
            r.addHeader("Authorization", "Bearer " + runSync(exact().auth().accessToken()).toUtf8());
        HttpClient raw(QStringLiteral("raw"), fastPolicy());
        return runSync(raw.send(r));
    }
    HttpResponse rawTokenPost(const QByteArray& body) {
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(server->baseUrl().toString() + QStringLiteral("/api/oauth2/token"));
        r.throwOnHttpError = false;
        r.addHeader("Content-Type", "application/x-www-form-urlencoded");
        r.body = body;
        HttpClient raw(QStringLiteral("raw"), fastPolicy());
        return runSync(raw.send(r));
    }
    QByteArray refreshBody(const QString& refreshToken) const {
        return "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(refreshToken) +
               "&client_id=" + QUrl::toPercentEncoding(credentials.exactClientId) +
               "&client_secret=" + QUrl::toPercentEncoding(credentials.exactClientSecret);
    }

    ExactData data;
    SandboxCredentials credentials;
    SandboxClock sandboxClock;
    std::unique_ptr<ExactFake> fake;
    SpyService spy;
    std::unique_ptr<SandboxServer> server; // destroyed first: it calls into the services
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    MemorySecretStore secrets;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    HttpClient http{QStringLiteral("Exact Online"), fastPolicy()};

private:
    std::unique_ptr<ExactConnection> m_connection;
};

} // namespace exacttest
