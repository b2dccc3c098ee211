#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace il {
class Connections;
class SecretStore;
class Settings;
} // namespace il

namespace il::ui {

class AppContext;
class SettingsPage;

// What the settings dialog shows, before it is saved, as connections to try: the pages' values
// in a temporary INI and the secrets typed into the dialog laid over the real SecretStore.
// Sign in and Test connection use this, because AppContext has no connections until the saved
// settings are complete, and trying must not save. Tokens a sign-in obtains go through to the
// real SecretStore: signing in is meant to last.
class SettingsPageDraft {
public:
    // Throws UserError when the values cannot make connections (the message says why).
    SettingsPageDraft(AppContext& ctx, const QList<SettingsPage*>& pages);
    ~SettingsPageDraft();
    SettingsPageDraft(const SettingsPageDraft&) = delete;
    SettingsPageDraft& operator=(const SettingsPageDraft&) = delete;

    Settings& settings() { return *m_settings; }
    Connections& connections() { return *m_connections; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Connections> m_connections;
};

} // namespace il::ui
