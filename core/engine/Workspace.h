#pragma once

#include "async/CancelToken.h"
#include "domain/MonthAmount.h"

#include <QObject>
#include <QString>
#include <qcoro/qcorotask.h>

#include <memory>
#include <vector>

namespace il {

struct ConnectionCheck;
struct ExactStatus;
struct SignInOptions;
class Connections;
class CwLookups;
class Database;
class MonthRun;
class SecretStore;
class Settings;
class TransferLogService;

// How a front end opens its workspace.
struct WorkspaceOptions {
    QString frontEnd = QStringLiteral("cli"); // run records and the push lock say who ran it
    QString user;                             // empty: $USER
    QString tokenLockPath;                    // Exact's token refresh lock; empty: the default
    bool demo = false;                        // the built-in sandbox config (front ends say so)
};

// The engine's composition root (DESIGN §6): opened from a config file and the keychain, it owns
// the settings, where secrets live, the database, the two connections, the cached lookups of the
// pickers and the month's run. It is the only thing a front end creates; the window, the command
// line and the tests open it the same way and ask it for what they need.
//
// Parts open on first use, so a command that needs the keychain only (secret) or the connections
// only (auth, invoice) creates no database file. reopen() opens them all at once, as the window
// does at start and after its settings changed.
//
// Runs: run() is the workspace's MonthRun. Each load() on it is a run of its own with its own run
// record: the record starts when the month has loaded and is finished (with the counts of its
// final state) when the next load starts, when the workspace reopens or closes, or by finish().
class Workspace : public QObject {
    Q_OBJECT
public:
    // (Outside the class: GCC 12 refuses a nested struct's default member initializers in a
    // default argument of the enclosing class.)
    using Options = WorkspaceOptions;
    enum class DatabaseMode { CreateIfMissing, MustExist };

    // Takes ownership; opens nothing yet.
    Workspace(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets, Options options = {},
              QObject* parent = nullptr);
    // The settings at configPath (empty: the user's default) and the OS keychain of their connection.
    static std::unique_ptr<Workspace> open(const QString& configPath, Options options = {});
    // Finishes the run (close()) before the database it records to goes.
    ~Workspace() override;

    Settings& settings() { return *m_settings; }
    SecretStore& secrets() { return *m_secrets; }
    const Options& options() const { return m_options; }
    QString user() const { return m_user; }
    // True when the settings name both systems (else the window shows its welcome panel).
    bool isConfigured() const;
    // Throws UserError naming the config file and what is missing or wrong in it.
    void checkSettings() const;

    // Each opens on first use and throws UserError when it cannot. mode counts at the first open
    // only: MustExist makes a missing SQLite file an error instead of a new, empty database.
    Database& database(DatabaseMode mode = DatabaseMode::CreateIfMissing);
    Connections& connections();
    CwLookups& lookups();
    MonthRun& run();
    // The transfer log (rows with notes, notes on any line, exports, verify) over database().
    TransferLogService& transferLog(DatabaseMode mode = DatabaseMode::CreateIfMissing);
    // The deviation amount of every month in the database (the latest finished run of each),
    // oldest first, with the loaded month's current amount in place of its stored one.
    std::vector<MonthAmount> deviationByMonth();
    // What is open now, without opening anything (null when not).
    Database* openDatabase() const { return m_database.get(); }
    TransferLogService* openTransferLog() const { return m_transferLog.get(); }
    Connections* openConnections() const { return m_connections.get(); }
    MonthRun* currentRun() const { return m_run.get(); }

    // Where Exact's token refresh lock lives: a sign-in of one process and a refresh by another
    // must not overlap (a draft workspace of the settings dialog uses the real one).
    QString tokenLockPath() const;

    // ---- connection checks (the settings dialog tries unsaved values in a draft workspace) ----
    // Signs in to Exact Online in the browser (tokens to the keychain), then says who is signed
    // in and what Exact lets InvoiceLink read.
    QCoro::Task<ExactStatus> signInToExact(SignInOptions options, CancelToken cancel = {});
    // Who is signed in to Exact Online now, without signing in.
    QCoro::Task<ExactStatus> exactStatus(CancelToken cancel = {});
    // Tries ConnectWise's address, company, keys and API version; what failed is in the check.
    QCoro::Task<ConnectionCheck> checkConnectWise(CancelToken cancel = {});

    // Closes, checks the settings, and opens the database, the connections, the lookups and a new
    // run from them. Throws UserError; then nothing is open.
    void reopen();
    // Finishes the current run's record and lets go of the run, the lookups, the connections and
    // the database (in that order: each refers to the next).
    void close();

signals:
    // run() now returns a new MonthRun (after reopen, or on first use).
    void runCreated(il::MonthRun* run);

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    Options m_options;
    QString m_user;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TransferLogService> m_transferLog;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<CwLookups> m_lookups;
    std::unique_ptr<MonthRun> m_run;
};

} // namespace il
