#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace il {
class Connections;
class CwLookups;
class Database;
class MonthRun;
class SecretStore;
class Settings;
class TransferLogService;
class Workspace;
} // namespace il

namespace il::ui {

// The desktop's hold on the engine: the one Workspace the window creates (opened the same way as
// the command line's), plus what only the window needs: whether it is the demo, and why the
// engine could not open. Nothing here decides business rules. rebuild() starts over after the
// settings changed.
class AppContext : public QObject {
    Q_OBJECT
public:
    // The window's workspace, opened as every front end opens it (Workspace::open, or over the
    // demo's config and in-memory secrets with Options::demo). Opens nothing yet: rebuild() does.
    explicit AppContext(std::unique_ptr<Workspace> workspace, QObject* parent = nullptr);
    // Takes ownership. demo: the built-in sandbox config (tokens in memory, temporary database).
    AppContext(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets, bool demo,
               QObject* parent = nullptr);
    ~AppContext() override;

    Workspace& workspace() { return *m_workspace; }
    Settings& settings();
    SecretStore& secrets();
    bool isDemo() const { return m_demo; }
    // True when the settings name both systems (else the window shows the welcome panel).
    bool isConfigured() const;

    // Null until rebuild() succeeded; lastError() says why it did not.
    Database* database();
    Connections* connections();
    CwLookups* lookups();
    // The transfer log (rows, notes, exports, verify) over the database; null with it.
    TransferLogService* transferLog();
    MonthRun* run();
    QString lastError() const { return m_lastError; }

    // (Re)opens the workspace: the database, new connections and a new run from the settings; the
    // run before is finished first. Returns false with lastError() when the settings are
    // incomplete or the database fails.
    bool rebuild();

signals:
    void rebuilt();

private:
    std::unique_ptr<Workspace> m_workspace;
    bool m_demo = false;
    bool m_open = false;
    QString m_lastError;
};

} // namespace il::ui
