#pragma once

// The real invoicelink-cli against an in-process sandbox, with secrets in the real keychain
// (private D-Bus session) and config/data folders inside the test's folder.

#include "CliProcess.h"
#include "SandboxFixture.h"

#include "async/RunSync.h"
#include "settings/KeychainSecretStore.h"
#include "settings/Settings.h"

// The command line against the sandbox, through the real keychain (private D-Bus session).
class CliTest : public SandboxTest {
protected:
    void SetUp() override {
        SandboxTest::SetUp();
        if (HasFatalFailure())
            return;
        m_home = tempDir() + QStringLiteral("/home");
        m_config = writeConfig(QStringLiteral("sqlite://") + m_home + QStringLiteral("/data/InvoiceLink/test.sqlite"));
        m_store = std::make_unique<il::KeychainSecretStore>(il::Settings(m_config).connectionName());
    }
    void TearDown() override {
        for (const QString& name : {QStringLiteral("exact.client_secret"), QStringLiteral("exact.refresh_token"),
                                    QStringLiteral("exact.access_token"), QStringLiteral("exact.token_obtained_at"),
                                    QStringLiteral("connectwise.public_key"), QStringLiteral("connectwise.private_key"),
                                    QStringLiteral("connectwise.client_id")})
            il::runSync(m_store->remove(name));
        SandboxTest::TearDown();
    }

    CliResult cli(const QStringList& args, const QByteArray& input = {}) {
        return CliProcess(m_home).run(QStringList{QStringLiteral("--config"), m_config} + args, input);
    }
    // Stores every secret the sandbox wants, except (optionally) the refresh token.
    void storeSecrets(bool withRefreshToken) {
        const auto secrets = sandbox().secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (it.key() == QLatin1String("exact.refresh_token") && !withRefreshToken)
                continue;
            const CliResult r = cli({QStringLiteral("secret"), QStringLiteral("set"), it.key()}, it.value().toUtf8() + '\n');
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }
    QString secret(const QString& name) { return il::runSync(m_store->read(name)).value_or(QString()); }

    QString m_home;
    QString m_config;
    std::unique_ptr<il::KeychainSecretStore> m_store;
};

