#pragma once

// The desktop app over an in-process sandbox for the window tests: the sandbox's config in a
// temporary folder with a temporary SQLite database, secrets in memory, the app's composition
// root built from them, and (on demand) the main window.

#include "window/AppContext.h"
#include "window/MainWindow.h"
#include "common/Translation.h"

#include "async/RunSync.h"
#include "sandbox/Sandbox.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class WindowSandbox {
public:
    explicit WindowSandbox(il::sandbox::SandboxOptions options = {}, bool configured = true)
        : m_sandbox(std::move(options)) {
        // Each test starts from no remembered window state or month.
        QSettings(QString::fromLatin1(il::ui::GuiOrganization), QString::fromLatin1(il::ui::GuiApplication))
            .clear();
        m_started = m_sandbox.start(0);
        const QString configPath = m_dir.filePath(QStringLiteral("invoicelink.ini"));
        if (configured) {
            QFile config(configPath);
            if (config.open(QIODevice::WriteOnly))
                config.write(m_sandbox
                                 .configIni(QStringLiteral("sqlite://") +
                                            m_dir.filePath(QStringLiteral("links.sqlite")))
                                 .toUtf8());
        }
        auto secrets = std::make_unique<il::MemorySecretStore>();
        const auto seeded = m_sandbox.secrets();
        for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
            il::runSync(secrets->write(it.key(), it.value()));
        m_context = std::make_unique<il::ui::AppContext>(std::make_unique<il::Settings>(configPath),
                                                         std::move(secrets), false);
        m_rebuilt = configured ? m_context->rebuild() : true;
    }
    ~WindowSandbox() {
        m_window.reset(); // the window before the context, the context before the sandbox it calls
        m_context.reset();
    }

    bool ok() const { return m_started && m_rebuilt; }
    QByteArray error() const { return (m_sandbox.errorString() + u' ' + m_context->lastError()).toUtf8(); }

    il::ui::MainWindow& window() {
        if (!m_window) {
            m_window = std::make_unique<il::ui::MainWindow>(*m_context);
            m_window->resize(1440, 860);
        }
        return *m_window;
    }
    void closeWindow() { m_window.reset(); }
    // The app quitting: the window, then the context with its workspace (which ends the last run).
    void closeApp() {
        m_window.reset();
        m_context.reset();
    }
    il::ui::AppContext& context() { return *m_context; }
    il::MonthRun& run() { return *m_context->run(); }
    il::sandbox::Sandbox& sandbox() { return m_sandbox; }
    QDate demoMonth() { return m_sandbox.data().demoMonth; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    const il::Addition* cwAddition(int id) {
        for (const il::Addition& a : m_sandbox.data().cw.additions)
            if (a.id == id)
                return &a;
        return nullptr;
    }

private:
    il::sandbox::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<il::ui::AppContext> m_context;
    std::unique_ptr<il::ui::MainWindow> m_window;
    bool m_started = false;
    bool m_rebuilt = false;
};
