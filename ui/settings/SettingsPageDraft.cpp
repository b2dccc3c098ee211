#include "settings/SettingsPageDraft.h"

#include "window/AppContext.h"
#include "settings/SettingsPage.h"

#include "engine/Workspace.h"
#include "errors/UserError.h"
#include "errors/UserError.h"
#include "reconcile/Connections.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

namespace il::ui {
namespace {

// Reads the typed secrets first and the real store for the rest; writes (the tokens of a
// sign-in) go to the real store.
class OverlaySecretStore : public SecretStore {
public:
    OverlaySecretStore(SecretStore& base, QMap<QString, QString> typed)
        : m_base(base)
        , m_typed(std::move(typed)) {}

    QCoro::Task<std::optional<QString>> read(QString name) override {
        if (auto it = m_typed.constFind(name); it != m_typed.cend())
            co_return std::optional<QString>(*it);
        co_return co_await m_base.read(name);
    }
    QCoro::Task<> write(QString name, QString value) override {
        if (m_typed.contains(name))
            m_typed.insert(name, value);
        co_await m_base.write(name, value);
    }
    QCoro::Task<> remove(QString name) override {
        m_typed.remove(name);
        co_await m_base.remove(name);
    }
    QString kind() const override { return m_base.kind(); }

private:
    SecretStore& m_base;
    QMap<QString, QString> m_typed;
};

} // namespace

SettingsPageDraft::SettingsPageDraft(AppContext& ctx, const QList<SettingsPage*>& pages) {
    if (!m_dir.isValid())
        throw UserError(
            QStringLiteral("no temporary folder to try the settings in: %1").arg(m_dir.errorString()));
    auto settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("draft.ini")));
    QMap<QString, QString> typed;
    for (const SettingsPage* page : pages) {
        page->save(*settings);
        typed.insert(page->typedSecrets());
    }
    // Signing in and testing a connection do not read invoices, so an unfinished customer rule
    // must not stand in their way.
    settings->setValue(Setting::ExactCustomerKey, QStringLiteral("costcenter"));
    settings->setValue(Setting::ExactCustomerPattern, QString());
    settings->sync();
    // The real lock file: a sign-in here and a refresh by the CLI must not overlap.
    Workspace::Options options{.frontEnd = QStringLiteral("gui"), .tokenLockPath = ctx.workspace().tokenLockPath()};
    m_workspace = std::make_unique<Workspace>(
        std::move(settings), std::make_unique<OverlaySecretStore>(ctx.secrets(), std::move(typed)), options);
}

// The workspace refers to the temporary folder's INI: it goes first.
SettingsPageDraft::~SettingsPageDraft() {
    m_workspace.reset();
}

Settings& SettingsPageDraft::settings() {
    return m_workspace->settings();
}

} // namespace il::ui
