#include "store/Database.h"

#include "log/LogCategories.h"
#include "errors/UserError.h"
#include "settings/PrivateFiles.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace il {
namespace {

QString uniqueConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("invoicelink-db-%1").arg(++counter);
}

// The driver's text, without the trailing noise some drivers add.
QString driverText(const QSqlError& error) {
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text.simplified();
}

int sqliteCode(const QSqlError& error) {
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

Database::Database(const QString& url, const Options& options)
    : m_url(url.trimmed())
    , m_connectionName(uniqueConnectionName()) {
    const QString scheme = QUrl(m_url).scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        openSqlite(m_url, options);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    } else if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        openPostgres(m_url, options);
    } else {
        throw UserError(QStringLiteral("unsupported database URL \"%1\": use sqlite:///absolute/path or "
                                       "postgresql://user@host:port/db")
                            .arg(m_url));
    }
    // m_display names the file or host and database, never the URL's user-info or password.
    qCDebug(lcStore).noquote() << "opening" << m_display;
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const QString text = driverText(error);
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        if (m_dialect == Dialect::Sqlite)
            throw UserError(QStringLiteral("cannot open %1: %2").arg(m_display, text));
        if (text.contains(QLatin1String("password")))
            throw UserError(QStringLiteral("PostgreSQL at %1 refused the sign-in: %2 (store the password in "
                                           "the keychain as database.password)")
                                .arg(m_hostPort, text));
        if (text.contains(QLatin1String("does not exist")))
            throw UserError(QStringLiteral("PostgreSQL at %1: %2").arg(m_hostPort, text));
        throw UserError(QStringLiteral("cannot reach PostgreSQL at %1: %2").arg(m_hostPort, text));
    }
    // A new database is an empty file that SQLite just made with mode 0644; SQLite gives the -wal
    // and -shm files the mode of the database, so 0600 now, before anything is written, covers
    // all three. An existing database keeps the mode its owner chose.
    if (m_dialect == Dialect::Sqlite && QFileInfo(m_path).size() == 0)
        PrivateFiles::restrict(m_path);
    try {
        if (m_dialect == Dialect::Sqlite) {
            // WAL lets readers work while another process writes; the mode is stored in the file.
            const QString mode =
                scalar(QStringLiteral("PRAGMA journal_mode=WAL"), {}, QStringLiteral("switch to WAL"))
                    .toString()
                    .toLower();
            if (mode != QLatin1String("wal"))
                throw UserError(QStringLiteral("%1 cannot use write-ahead logging (journal mode is %2)")
                                    .arg(m_display, mode));
            execPlain(QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("turn on foreign keys"));
        } else {
            // "relation already exists, skipping" and the like are not worth a line on stderr.
            execPlain(QStringLiteral("SET client_min_messages TO warning"),
                      QStringLiteral("configure the session"));
        }
        Migrations::apply(*this);
    } catch (const UserError& e) {
        qCWarning(lcStore).noquote() << "cannot use" << m_display << ':' << e.message();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    if (lcStore().isInfoEnabled()) // the version costs a query: only when someone reads it
        qCInfo(lcStore).noquote()
            << QStringLiteral("opened %1 (schema version %2)").arg(m_display).arg(schemaVersion());
}

Database::~Database() {
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must go before removeDatabase
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultUrl() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite://") + QDir(folder).absoluteFilePath(QStringLiteral("invoicelink.sqlite"));
}

void Database::openSqlite(const QString& url, const Options& options) {
    m_dialect = Dialect::Sqlite;
    const QUrl parsed(url);
    // sqlite://relative/x puts "relative" in the host: the file-URL form needs three slashes.
    if (!parsed.isValid() || !parsed.host().isEmpty() || !QDir::isAbsolutePath(parsed.path()) ||
        parsed.path().endsWith(QLatin1Char('/')))
        throw UserError(
            QStringLiteral("bad SQLite database URL \"%1\": use sqlite:///absolute/path/file.sqlite")
                .arg(url));
    m_path = QDir::cleanPath(parsed.path());
    m_display = QStringLiteral("database ") + m_path;
    if (options.mustExist && !QFileInfo::exists(m_path))
        throw UserError(QStringLiteral("%1 does not exist").arg(m_display));
    const QString folder = QFileInfo(m_path).absolutePath();
    // The data folder and the database are the user's alone (0700/0600, see PrivateFiles).
    if (!PrivateFiles::makeFolder(folder))
        throw UserError(QStringLiteral("cannot create the folder %1 for %2").arg(folder, m_display));
    if (QFileInfo(m_path).isDir())
        throw UserError(QStringLiteral("cannot open %1: it is a folder").arg(m_display));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

void Database::openPostgres(const QString& url, const Options& options) {
    m_dialect = Dialect::Postgres;
    const QUrl parsed(url);
    QString db = parsed.path();
    if (db.startsWith(QLatin1Char('/')))
        db.remove(0, 1);
    if (!parsed.isValid() || parsed.host().isEmpty() || db.contains(QLatin1Char('/')))
        throw UserError(
            QStringLiteral("bad PostgreSQL database URL \"%1\": use postgresql://user@host:port/db")
                .arg(parsed.toString(QUrl::RemovePassword)));
    if (!parsed.password().isEmpty())
        throw UserError(QStringLiteral("the database URL must not contain a password: store it in the "
                                       "keychain as database.password"));
    const int port = parsed.port(5432);
    if (db.isEmpty())
        db = parsed.userName();
    m_hostPort = QStringLiteral("%1:%2").arg(parsed.host()).arg(port);
    m_display = QStringLiteral("PostgreSQL database %1 at %2").arg(db, m_hostPort);
    QStringList connectOptions;
    bool timeoutGiven = false;
    for (const auto& [key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        connectOptions << key + QLatin1Char('=') + value; // sslmode=require and the like
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        connectOptions << QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSec);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(parsed.host());
    m_db.setPort(port);
    m_db.setDatabaseName(db);
    m_db.setUserName(parsed.userName());
    if (!options.password.isEmpty())
        m_db.setPassword(options.password);
    m_db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
}

int Database::schemaVersion() {
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), {},
                  QStringLiteral("read the schema version"))
        .toInt();
}

void Database::checkAvailable() const {
    // A deleted SQLite file stays readable through the open handle; writing to it would lose
    // every change silently, so say so instead.
    if (m_dialect == Dialect::Sqlite && !QFileInfo::exists(m_path))
        throw UserError(
            QStringLiteral("%1 is gone: the file was deleted or moved while InvoiceLink had it open")
                .arg(m_display));
}

bool Database::runQuery(QSqlQuery& query, const QString& sql, const QVariantList& binds) {
    query.setForwardOnly(true);
    if (binds.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : binds) {
        // QtSql binds a null QString as SQL NULL; only an invalid QVariant is meant to be NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    return query.exec();
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& binds, const QString& what) {
    if (!m_inTransaction)
        checkAvailable();
    QSqlError error;
    {
        QSqlQuery query(m_db);
        if (runQuery(query, sql, binds))
            return query;
        error = query.lastError();
    }
    // A PostgreSQL server that restarted or dropped an idle connection: outside a transaction the
    // connection is made again and the statement sent once more. Every single statement here is
    // a read, an idempotent upsert or delete, or a run record, so a repeat is harmless.
    if (!m_inTransaction && isConnectionLost(error) && reconnect()) {
        QSqlQuery query(m_db);
        if (runQuery(query, sql, binds))
            return query;
        error = query.lastError();
    }
    raise(error, what);
}

bool Database::reconnect() {
    ++m_generation;
    m_db.close();
    if (!m_db.open())
        return false;
    QSqlQuery(m_db).exec(QStringLiteral("SET client_min_messages TO warning"));
    return true;
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds, const QString& what) {
    QSqlQuery query = exec(sql, binds, what);
    QVariant value;
    if (query.next())
        value = query.value(0);
    query.finish();
    return value;
}

void Database::execPlain(const QString& sql, const QString& what) {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        raise(query.lastError(), what);
}

bool Database::isConnectionLost(const QSqlError& error) const {
    if (m_dialect != Dialect::Postgres)
        return false;
    if (error.type() == QSqlError::ConnectionError || !m_db.isOpen())
        return true;
    const QString text = driverText(error);
    for (const char* marker :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "could not send data", "could not receive data", "connection to server"}) {
        if (text.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

void Database::raise(const QSqlError& error, const QString& what) const {
    const QString text = driverText(error);
    const QString doing = what.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(what);
    if (m_dialect == Dialect::Sqlite) {
        checkAvailable();
        const int code = sqliteCode(error);
        if (code == 5 || code == 6 || text.contains(QLatin1String("database is locked")))
            throw UserError(
                QStringLiteral("%1 is locked by another process%2: try again when it has finished")
                    .arg(m_display, doing));
        if (code == 8 || code == 14)
            throw UserError(QStringLiteral("%1 cannot be written%2: %3").arg(m_display, doing, text));
        throw UserError(QStringLiteral("%1%2 failed: %3").arg(m_display, doing, text));
    }
    if (isConnectionLost(error))
        throw UserError(
            QStringLiteral("lost the connection to PostgreSQL at %1%2: %3").arg(m_hostPort, doing, text));
    throw UserError(QStringLiteral("%1%2 failed: %3").arg(m_display, doing, text));
}

Database::Transaction Database::begin(const QString& what) {
    if (m_inTransaction)
        throw std::logic_error("nested database transaction");
    const QString sql =
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    // exec() reconnects a dropped PostgreSQL connection; nothing is written before BEGIN succeeds.
    exec(sql, {}, what);
    m_inTransaction = true;
    return Transaction(this, what);
}

Database::Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_what(std::move(other.m_what)) {}

void Database::Transaction::commit() {
    if (!m_db)
        throw std::logic_error("transaction already finished");
    Database* db = std::exchange(m_db, nullptr);
    db->m_inTransaction = false;
    QSqlQuery query(db->m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        QSqlQuery(db->m_db).exec(QStringLiteral("ROLLBACK"));
        db->raise(error, m_what);
    }
    ++db->m_commits;
}

Database::Transaction::~Transaction() {
    if (!m_db)
        return;
    m_db->m_inTransaction = false;
    QSqlQuery(m_db->m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace il
