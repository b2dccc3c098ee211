#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace il {

struct DatabaseOptions {
    QString password;          // PostgreSQL: the keychain secret database.password, never a file
    int busyTimeoutMs = 5000;  // SQLite: how long a writer waits for another process
    int connectTimeoutSec = 5; // PostgreSQL
    // SQLite: refuse a file that is not there instead of creating an empty database, for
    // commands that only read what is there (`log verify` must not vouch for a fresh, empty log).
    bool mustExist = false;
};

// One connection to the InvoiceLink database over QtSql, opened from a URL:
//   sqlite:///absolute/path/invoicelink.sqlite   (default; WAL, foreign keys, busy timeout)
//   postgresql://user@host:port/db               (shared by a finance team)
// Opening runs the numbered migrations (Migrations). Every failure becomes an il::UserError whose
// message names the database and what failed. Each instance has its own QtSql connection, so
// several instances (threads, or stores opened twice) work side by side; an instance must be used
// only from the thread that created it, as QtSql requires.
class Database {
public:
    enum class Dialect { Sqlite, Postgres };

    using Options = DatabaseOptions;

    // Throws UserError for a bad URL, an unreachable or refusing server, a file that cannot be
    // created, a locked database during migration, or a schema newer than this program.
    explicit Database(const QString& url, const Options& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // sqlite:///<the user's data folder>/invoicelink.sqlite
    static QString defaultUrl();

    Dialect dialect() const { return m_dialect; }
    const QString& url() const { return m_url; }
    // "database /path/x.sqlite" or "PostgreSQL database db at host:port", for messages.
    const QString& displayName() const { return m_display; }
    // The SQLite file (empty for PostgreSQL).
    const QString& filePath() const { return m_path; }
    // The highest migration applied.
    int schemaVersion();

    // Prepares, binds positional `?` values (a null QVariant is SQL NULL) and executes; throws
    // UserError naming the database and `what` ("append a transfer"). The query is forward-only.
    QSqlQuery exec(const QString& sql, const QVariantList& binds = {}, const QString& what = {});
    // The first column of the first row (null when there is none); the statement is finished
    // before returning, so no read lock or open RETURNING statement lingers.
    QVariant scalar(const QString& sql, const QVariantList& binds = {}, const QString& what = {});

    // A write transaction: BEGIN IMMEDIATE on SQLite (so two processes serialize up front instead
    // of failing on lock upgrade), BEGIN on PostgreSQL. Rolls back unless commit() was called.
    class Transaction {
    public:
        Transaction(Transaction&& other) noexcept;
        Transaction& operator=(Transaction&&) = delete;
        ~Transaction();
        void commit();

    private:
        friend class Database;
        Transaction(Database* db, QString what)
            : m_db(db)
            , m_what(std::move(what)) {}
        Database* m_db;
        QString m_what;
    };
    Transaction begin(const QString& what);
    bool inTransaction() const { return m_inTransaction; }
    // Write transactions committed through this connection: each is a disk sync, the cost that
    // the push's group commit halves (benchmarks and tests read it).
    qint64 commits() const { return m_commits; }
    // Goes up each time a lost PostgreSQL connection is made again: session state (advisory
    // locks) of the old connection is gone then.
    int connectionGeneration() const { return m_generation; }

    // Throws the UserError that describes `error` while doing `what`.
    [[noreturn]] void raise(const QSqlError& error, const QString& what) const;

private:
    void openSqlite(const QString& url, const Options& options);
    void openPostgres(const QString& url, const Options& options);
    void checkAvailable() const;
    bool isConnectionLost(const QSqlError& error) const;
    static bool runQuery(QSqlQuery& query, const QString& sql, const QVariantList& binds);
    bool reconnect();
    void execPlain(const QString& sql, const QString& what);

    Dialect m_dialect = Dialect::Sqlite;
    QString m_url;
    QString m_display;
    QString m_path;
    QString m_hostPort;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    int m_generation = 0;
    qint64 m_commits = 0;
};

} // namespace il
