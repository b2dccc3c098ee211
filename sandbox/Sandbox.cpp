#include "sandbox/Sandbox.h"

#include "sandbox/DemoDataGenerator.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "sandbox/exact/ExactFake.h"

#include <QFile>
#include <QHostAddress>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

namespace il::sandbox {

namespace {

// A loopback port nobody listens on now, for the OAuth redirect URI's one-shot listener.
quint16 freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 53682;
    return probe.serverPort();
}

} // namespace

Sandbox::Sandbox(SandboxOptions options)
    : m_data(DemoDataGenerator::generate(options.data))
    , m_exact(std::make_unique<ExactFake>(m_data.exact, m_credentials, m_clock))
    , m_connectwise(std::make_unique<ConnectWiseFake>(m_data.cw, m_credentials))
    , m_server(std::make_unique<SandboxServer>())
    , m_booking(options.data.booking) {
    m_connectwise->setClock(&m_clock);
    m_server->setLatency(options.latency);
    for (const FaultSpec& fault : options.faults)
        m_server->addFault(fault);
    m_server->addService(m_exact.get());
    m_server->addService(m_connectwise.get());
    m_allowHttpRedirect = options.allowHttpRedirect;
    m_exact->tokens().setAllowHttpRedirect(options.allowHttpRedirect);
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(quint16 port) {
    if (!m_server->listen(port))
        return false;
    m_exact->setBaseUrl(m_server->baseUrl());
    m_credentials.exactInitialRefreshToken = m_exact->issueInitialRefreshToken();
    if (!m_allowHttpRedirect) {
        m_redirectUri = QString::fromLatin1(HttpsRedirectUri);
        return true;
    }
    quint16 redirectPort = freeLoopbackPort();
    if (redirectPort == m_server->port())
        redirectPort = freeLoopbackPort();
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(redirectPort);
    return true;
}

QString Sandbox::errorString() const {
    return m_server->errorString();
}

QUrl Sandbox::baseUrl() const {
    return m_server->baseUrl();
}

QString Sandbox::configIni(const QString& databaseUrl) const {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoicelink.ini"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("exact"));
        ini.setValue(QStringLiteral("base_url"), baseUrl().toString());
        ini.setValue(QStringLiteral("division"), m_data.exact.division);
        ini.setValue(QStringLiteral("client_id"), m_credentials.exactClientId);
        ini.setValue(QStringLiteral("redirect_uri"), m_redirectUri);
        const bool entries = m_booking == PurchaseBooking::Entries;
        ini.setValue(QStringLiteral("source"), entries ? QStringLiteral("entries") : QStringLiteral("purchase"));
        ini.setValue(QStringLiteral("customer_key"), QStringLiteral("description"));
        ini.setValue(QStringLiteral("customer_pattern"), QString::fromLatin1(CustomerPattern));
        if (entries) {
            ini.setValue(QStringLiteral("item_key"), QStringLiteral("description"));
            ini.setValue(QStringLiteral("item_pattern"), QString::fromLatin1(ItemPattern));
        }
        ini.endGroup();
        ini.beginGroup(QStringLiteral("connectwise"));
        ini.setValue(QStringLiteral("site"), baseUrl().toString());
        ini.setValue(QStringLiteral("company"), m_data.cw.companyId);
        ini.setValue(QStringLiteral("compare_price_to"), QStringLiteral("unitCost"));
        ini.endGroup();
        if (!databaseUrl.isEmpty())
            ini.setValue(QStringLiteral("database/url"), databaseUrl);
        ini.setValue(QStringLiteral("tolerance/price"), QStringLiteral("0.01"));
        ini.setValue(QStringLiteral("tolerance/quantity"), QStringLiteral("0"));
        ini.sync();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QMap<QString, QString> Sandbox::secrets() const {
    return {{QStringLiteral("exact.client_secret"), m_credentials.exactClientSecret},
            {QStringLiteral("exact.refresh_token"), m_credentials.exactInitialRefreshToken},
            {QStringLiteral("connectwise.public_key"), m_credentials.cwPublicKey},
            {QStringLiteral("connectwise.private_key"), m_credentials.cwPrivateKey},
            {QStringLiteral("connectwise.client_id"), m_credentials.cwClientId}};
}

} // namespace il::sandbox
