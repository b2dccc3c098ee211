#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace il {
class Connections;
class Database;
class MonthRun;
class SecretStore;
class Settings;
class TransferLogService;
} // namespace il

namespace il::ui {

// The composition root of the desktop app: settings, where secrets live, the database, the two
// connections and the month's run. The window and dialogs only use these; nothing here decides
// business rules. rebuild() starts over after the settings changed.
class AppContext : public QObject {
    Q_OBJECT
public:
    // Takes ownership. demo: the built-in sandbox config (tokens in memory, temporary database).
    AppContext(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets, bool demo,
               QObject* parent = nullptr);
    ~AppContext() override;

    Settings& settings() { return *m_settings; }
    SecretStore& secrets() { return *m_secrets; }
    bool isDemo() const { return m_demo; }
    // True when the settings name both systems (else the window shows the welcome panel).
    bool isConfigured() const;

    // Null until rebuild() succeeded; lastError() says why it did not.
    Database* database() { return m_database.get(); }
    Connections* connections() { return m_connections.get(); }
    MonthRun* run() { return m_run.get(); }
    // The transfer log (rows, notes, exports, verify) over the database; null with it.
    TransferLogService* transferLog() { return m_transferLog.get(); }
    QString lastError() const { return m_lastError; }

    // (Re)opens the database and makes new connections and a new run from the settings.
    // Returns false with lastError() when the settings are incomplete or the database fails.
    bool rebuild();

signals:
    void rebuilt();

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_demo = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<TransferLogService> m_transferLog;
    std::unique_ptr<MonthRun> m_run;
    QString m_lastError;
};

} // namespace il::ui
