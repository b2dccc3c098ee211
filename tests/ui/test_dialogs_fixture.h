#pragma once

// The desktop app's composition root over an in-process sandbox, for the dialog tests: real
// clients over loopback HTTP, a SQLite database in a temporary folder, secrets in memory.

#include "window/AppContext.h"

#include "async/RunSync.h"
#include "reconcile/MonthRun.h"
#include "sandbox/Sandbox.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class DialogsSandboxApp {
public:
    // allowHttpRedirect: the config's redirect URI is http://127.0.0.1 (the loopback sign-in),
    // which only a sandbox told to allow it accepts; else https and the paste flow.
    explicit DialogsSandboxApp(bool allowHttpRedirect = false)
        : m_sandbox(il::sandbox::SandboxOptions{.allowHttpRedirect = allowHttpRedirect}) {
        m_started = m_sandbox.start(0);
        m_configPath = m_dir.filePath(QStringLiteral("invoicelink.ini"));
        QFile config(m_configPath);
        if (config.open(QIODevice::WriteOnly))
            config.write(
                m_sandbox
                    .configIni(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("links.sqlite")))
                    .toUtf8());
        config.close();
        auto secrets = std::make_unique<il::MemorySecretStore>();
        const auto seeded = m_sandbox.secrets();
        for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
            il::runSync(secrets->write(it.key(), it.value()));
        m_secrets = secrets.get();
        m_ctx = std::make_unique<il::ui::AppContext>(std::make_unique<il::Settings>(m_configPath),
                                                     std::move(secrets), false);
        m_rebuilt = m_ctx->rebuild();
    }

    bool ok() const { return m_started && m_rebuilt; }
    QByteArray error() const { return (m_sandbox.errorString() + u' ' + m_ctx->lastError()).toUtf8(); }

    il::ui::AppContext& ctx() { return *m_ctx; }
    il::sandbox::Sandbox& sandbox() { return m_sandbox; }
    il::MemorySecretStore& secrets() { return *m_secrets; }
    QString configPath() const { return m_configPath; }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }
    QString configText() const {
        QFile file(m_configPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QString secret(const QString& name) { return il::runSync(m_secrets->read(name)).value_or(QString()); }

    il::MonthRun& loadDemoMonth() {
        il::runSync(m_ctx->run()->load(m_sandbox.data().demoMonth));
        return *m_ctx->run();
    }
    QString demoMonthKey() { return m_sandbox.data().demoMonth.toString(QStringLiteral("yyyy-MM")); }

private:
    // Destroyed in reverse: the context (and its connections) before the sandbox they call.
    il::sandbox::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    QString m_configPath;
    il::MemorySecretStore* m_secrets = nullptr;
    std::unique_ptr<il::ui::AppContext> m_ctx;
    bool m_started = false;
    bool m_rebuilt = false;
};

// Where the dialog tests leave their screenshots (kept as test artifacts).
inline QString dialogShotPath(const QString& name) {
    const QString dir = qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS",
                                             QDir::tempPath() + QStringLiteral("/invoicelink-ui-artifacts"));
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

inline bool saveShot(QWidget& widget, const QString& name) {
    return widget.grab().save(dialogShotPath(name));
}
