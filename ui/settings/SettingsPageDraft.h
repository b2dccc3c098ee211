#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace il {
class Settings;
class Workspace;
} // namespace il

namespace il::ui {

class AppContext;
class SettingsPage;

// What the settings dialog shows, before it is saved, as a workspace to try: the pages' values
// in a temporary INI and the secrets typed into the dialog laid over the real SecretStore.
// Sign in and Test connection use this, because the app's workspace opens only from complete,
// saved settings, and trying must not save. Tokens a sign-in obtains go through to the
// real SecretStore: signing in is meant to last.
class SettingsPageDraft {
public:
    // Throws UserError when the values cannot make connections (the message says why).
    SettingsPageDraft(AppContext& ctx, const QList<SettingsPage*>& pages);
    ~SettingsPageDraft();
    SettingsPageDraft(const SettingsPageDraft&) = delete;
    SettingsPageDraft& operator=(const SettingsPageDraft&) = delete;

    Settings& settings();
    Workspace& workspace() { return *m_workspace; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace il::ui
