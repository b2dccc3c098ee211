#pragma once

// A month's reconciliation against the sandbox through the real engine: real clients over
// loopback HTTP, a real SQLite database, secrets in memory.

#include "SandboxFixture.h"

#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/TransferLog.h"

class ReconcileTest : public SandboxTest {
protected:
    void SetUp() override {
        SandboxTest::SetUp();
        if (HasFatalFailure())
            return;
        m_settings = std::make_unique<il::Settings>(writeConfig(QStringLiteral("sqlite://") + tempDir() + QStringLiteral("/links.sqlite")));
        const auto secrets = sandbox().secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            il::runSync(m_secrets.write(it.key(), it.value()));
        m_database = std::make_unique<il::Database>(m_settings->databaseUrl());
    }
    void TearDown() override {
        m_database.reset();
        SandboxTest::TearDown();
    }

    // A fresh run, as a new process would make it (new clients, same database and tokens).
    std::unique_ptr<il::MonthRun> loadMonth() {
        m_connections = std::make_unique<il::Connections>(*m_settings, m_secrets, il::Clock::system(),
                                                          tempDir() + QStringLiteral("/token.lock"));
        auto run = std::make_unique<il::MonthRun>(*m_connections, *m_database, *m_settings,
                                                  il::MonthRun::Identity{QStringLiteral("tester"), QStringLiteral("cli")});
        il::runSync(run->load(sandbox().data().demoMonth));
        return run;
    }
    qsizetype transferRows() { return il::TransferLog(*m_database).list().size(); }
    il::Addition& cwAddition(int id) {
        for (il::Addition& a : sandbox().data().cw.additions)
            if (a.id == id)
                return a;
        ADD_FAILURE() << "no addition " << id;
        static il::Addition none;
        return none;
    }

    std::unique_ptr<il::Settings> m_settings;
    il::MemorySecretStore m_secrets;
    std::unique_ptr<il::Database> m_database;
    std::unique_ptr<il::Connections> m_connections;
};
