#pragma once

#include "sandbox/DemoOptions.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxData.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace il::sandbox {

class ConnectWiseFake;
class ExactFake;
class SandboxServer;

struct SandboxOptions {
    DemoOptions data;
    std::chrono::milliseconds latency{0};
    QList<FaultSpec> faults;
    // Accept an http://127.0.0.1 redirect URI, which Exact refuses (api/exact-online.md §1.7):
    // the demo's loopback sign-in only. Off: the config's redirect URI is https and signing in
    // takes the paste flow, as on a real tenant.
    bool allowHttpRedirect = false;
};

// The whole sandbox: the demo dataset, both fakes on one loopback server, their credentials
// and clock. Used by the standalone invoicelink-sandbox, the tests and the benchmarks.
class Sandbox {
public:
    explicit Sandbox(SandboxOptions options = {});
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    // Listens on 127.0.0.1:port (0 = any free port), tells the Exact fake its URL and issues the
    // refresh token that seeds exact.refresh_token. False when the port is taken (errorString()).
    bool start(quint16 port = 0);
    QString errorString() const;
    QUrl baseUrl() const;

    SandboxData& data() { return m_data; }
    SandboxCredentials& credentials() { return m_credentials; }
    SandboxClock& clock() { return m_clock; }
    SandboxServer& server() { return *m_server; }
    ExactFake& exact() { return *m_exact; }
    ConnectWiseFake& connectwise() { return *m_connectwise; }

    // A ready-to-use config INI (written through QSettings, so customer_pattern's backslashes
    // are doubled exactly as QSettings reads them back): [exact] base_url, division, client_id,
    // redirect_uri (HttpsRedirectUri, or a free loopback port with allowHttpRedirect),
    // source=purchase, customer_key=description, customer_pattern (booking Entries:
    // source=entries, item_key=description, item_pattern); [connectwise] site, company,
    // compare_price_to=unitCost;
    // [database] url (when given); [tolerance] price=0.01, quantity=0.
    QString configIni(const QString& databaseUrl = {}) const;
    // exact.client_secret, exact.refresh_token, connectwise.public_key, connectwise.private_key,
    // connectwise.client_id.
    QMap<QString, QString> secrets() const;

    static constexpr const char* CustomerPattern = R"(^\[(.+?)\])";
    // The item code a demo purchase entry line carries after the customer:
    // "[Customer] LIC-M365-BP Microsoft 365 Business Premium".
    static constexpr const char* ItemPattern = R"(^\[.+?\]\s+(\S+))";
    // The https redirect URI of the sandbox's app when http is not allowed: nothing answers
    // there, the browser shows the address with the code and the user pastes it.
    static constexpr const char* HttpsRedirectUri = "https://invoicelink.example/exact";

private:
    SandboxData m_data;
    SandboxCredentials m_credentials;
    SandboxClock m_clock;
    // Declared before the server: the server is destroyed first and never calls a dead fake.
    std::unique_ptr<ExactFake> m_exact;
    std::unique_ptr<ConnectWiseFake> m_connectwise;
    std::unique_ptr<SandboxServer> m_server;
    QString m_redirectUri;
    PurchaseBooking m_booking = PurchaseBooking::Invoices;
    bool m_allowHttpRedirect = false;
};

} // namespace il::sandbox
