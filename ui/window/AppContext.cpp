#include "window/AppContext.h"

#include "common/ErrorText.h"
#include "async/RunSync.h"
#include "engine/ConfigCheck.h"
#include "engine/Workspace.h"
#include "errors/UserError.h"
#include "export/TransferLogService.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

namespace il::ui {

AppContext::AppContext(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_demo(m_workspace->options().demo) {}

AppContext::AppContext(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets, bool demo,
                       QObject* parent)
    : AppContext(
          std::make_unique<Workspace>(std::move(settings), std::move(secrets),
                                      Workspace::Options{.frontEnd = QStringLiteral("gui"), .demo = demo}),
          parent) {}

// The workspace finishes the window's last run as it closes.
AppContext::~AppContext() = default;

Settings& AppContext::settings() {
    return m_workspace->settings();
}

SecretStore& AppContext::secrets() {
    return m_workspace->secrets();
}

bool AppContext::isConfigured() const {
    return m_workspace->isConfigured();
}

Database* AppContext::database() {
    return m_open ? m_workspace->openDatabase() : nullptr;
}

Connections* AppContext::connections() {
    return m_open ? m_workspace->openConnections() : nullptr;
}

TransferLogService* AppContext::transferLog() {
    return m_open ? &m_workspace->transferLog() : nullptr;
}

CwLookups* AppContext::lookups() {
    return m_open ? &m_workspace->lookups() : nullptr;
}

MonthRun* AppContext::run() {
    return m_open ? m_workspace->currentRun() : nullptr;
}

bool AppContext::rebuild() {
    m_open = false;
    m_lastError.clear();
    try {
        m_workspace->reopen();
    } catch (const std::exception& e) {
        m_lastError = ErrorText::describe(e);
        return false;
    }
    m_open = true;
    emit rebuilt();
    return true;
}

} // namespace il::ui
