#include "PgTestServer.h"

#include "errors/UserError.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>

#include <thread>

using il::Database;
using il::UserError;
using il::test::PgTestServer;
using il::test::StoreTest;

namespace {

// Runs f and returns the UserError message it throws (empty when it throws none).
template <typename F> std::string userErrorOf(F&& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.what();
    }
    return {};
}

int migrationRows(Database& db) {
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt();
}

} // namespace

class StoreDatabase : public StoreTest {};
IL_STORE_TEST_BACKENDS(StoreDatabase);

TEST_P(StoreDatabase, MigrationsReachTheLatestVersionOnceAndStayThere) {
    const int latest = il::Migrations::latestVersion();
    ASSERT_GE(latest, 3);
    {
        auto db = open();
        EXPECT_EQ(db->schemaVersion(), latest);
        EXPECT_EQ(migrationRows(*db), latest);
    }
    auto again = open();
    EXPECT_EQ(again->schemaVersion(), latest);
    EXPECT_EQ(migrationRows(*again), latest) << "a second open must not apply anything again";
    // Every table of every step exists.
    for (const char* table :
         {"customer_links", "line_links", "runs", "transfers", "transfer_log_tip", "line_notes"})
        EXPECT_NO_THROW(again->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))))
            << table;
}

TEST_P(StoreDatabase, TwoConnectionsOpeningAFreshDatabaseAtOnceApplyEachMigrationOnce) {
    std::string errors[2];
    auto openOne = [this](std::string* error) {
        try {
            Database db(url());
        } catch (const std::exception& e) {
            *error = e.what();
        }
    };
    std::thread a(openOne, &errors[0]);
    std::thread b(openOne, &errors[1]);
    a.join();
    b.join();
    EXPECT_EQ(errors[0], "");
    EXPECT_EQ(errors[1], "");
    auto db = open();
    EXPECT_EQ(migrationRows(*db), il::Migrations::latestVersion());
}

TEST_P(StoreDatabase, SeveralInstancesInOneProcessUseTheirOwnConnections) {
    auto a = open();
    auto b = open();
    il::LinkStore(*a, QStringLiteral("ann")).upsert(il::CustomerLink{QStringLiteral("C1"), 7});
    const auto seen = il::LinkStore(*b, QStringLiteral("bob")).customerLink(QStringLiteral("C1"));
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->companyId, 7);
    a.reset();
    EXPECT_EQ(b->schemaVersion(), il::Migrations::latestVersion())
        << "closing one instance must not close another";
}

TEST_P(StoreDatabase, MoneyColumnsAreText) {
    auto db = open();
    const QString sql =
        isSqlite()
            ? QStringLiteral("SELECT type FROM pragma_table_info('transfers') WHERE name = 'new_value'")
            : QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = "
                             "'transfers' AND column_name = 'new_value'");
    EXPECT_EQ(db->scalar(sql).toString().toLower(), QStringLiteral("text"));
}

TEST_P(StoreDatabase, ANewerSchemaIsRefusedClearly) {
    {
        auto db = open();
        db->exec(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'x', 'y')"));
    }
    const std::string message = userErrorOf([this] { open(); });
    EXPECT_NE(message.find("schema version 999"), std::string::npos) << message;
    EXPECT_NE(message.find("update InvoiceLink"), std::string::npos) << message;
}

TEST(StoreDatabaseSqlite, UsesWalForeignKeysAndCreatesTheFolder) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/x.sqlite"));
    Database db(QStringLiteral("sqlite://") + path);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(db.filePath(), path);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    EXPECT_EQ(db.displayName(), QStringLiteral("database ") + path);
}

TEST(StoreDatabaseSqlite, DefaultUrlIsAnAbsoluteSqliteFileUrl) {
    const QString url = Database::defaultUrl();
    EXPECT_TRUE(url.startsWith(QStringLiteral("sqlite:///"))) << url.toStdString();
    EXPECT_TRUE(url.endsWith(QStringLiteral("/invoicelink.sqlite"))) << url.toStdString();
}

TEST(StoreDatabaseErrors, BadUrlsAreNamed) {
    EXPECT_NE(
        userErrorOf([] { Database(QStringLiteral("mysql://u@h/db")); }).find("unsupported database URL"),
        std::string::npos);
    const std::string relative = userErrorOf([] { Database(QStringLiteral("sqlite://relative/x.sqlite")); });
    EXPECT_NE(relative.find("sqlite:///absolute/path"), std::string::npos) << relative;
    const std::string withPassword =
        userErrorOf([] { Database(QStringLiteral("postgresql://u:secret@127.0.0.1:1/db")); });
    EXPECT_NE(withPassword.find("must not contain a password"), std::string::npos) << withPassword;
    EXPECT_EQ(withPassword.find("secret"), std::string::npos) << "the password must never be echoed";
}

TEST(StoreDatabaseErrors, AFolderThatCannotBeCreatedIsNamed) {
    QTemporaryDir dir;
    // A plain file where a folder should be: refused even for root, unlike a chmod'ed folder.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("blocker/sub/x.sqlite"));
    const std::string message = userErrorOf([&] { Database(QStringLiteral("sqlite://") + path); });
    EXPECT_NE(message.find("cannot create the folder"), std::string::npos) << message;
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
}

TEST(StoreDatabaseErrors, ADatabaseFileDeletedWhileOpenIsReportedNotWrittenIntoTheVoid) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    Database db(QStringLiteral("sqlite://") + path);
    il::LinkStore links(db, QStringLiteral("ann"));
    links.upsert(il::CustomerLink{QStringLiteral("C1"), 1});
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    const std::string message = userErrorOf([&] { links.upsert(il::CustomerLink{QStringLiteral("C2"), 2}); });
    EXPECT_NE(message.find("is gone"), std::string::npos) << message;
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
}

TEST(StoreDatabaseErrors, AnUnreachablePostgresServerIsNamed) {
    // Port 1 on loopback: nothing listens there, so the refusal is immediate.
    const std::string message =
        userErrorOf([] { Database(QStringLiteral("postgresql://postgres@127.0.0.1:1/postgres")); });
    EXPECT_NE(message.find("cannot reach PostgreSQL at 127.0.0.1:1"), std::string::npos) << message;
}

TEST(StoreDatabaseErrors, AWrongPortOfTheTestServerIsNamed) {
    if (PgTestServer::serverUrl().isEmpty()) {
        if (PgTestServer::requiredByCi())
            FAIL() << "CI=true but INVOICELINK_TEST_PG_URL is not set";
        GTEST_SKIP() << "PostgreSQL tests skipped: set INVOICELINK_TEST_PG_URL (see shared/HOWTO.md)";
    }
    QUrl url(PgTestServer::serverUrl());
    url.setPort(url.port(5432) + 1);
    const std::string message = userErrorOf([&] { Database db(url.toString()); });
    EXPECT_NE(message.find("cannot reach PostgreSQL at"), std::string::npos) << message;
    EXPECT_NE(message.find(QString::number(url.port()).toStdString()), std::string::npos) << message;
}

TEST_P(StoreDatabase, ADroppedPostgresConnectionIsMadeAgain) {
    if (isSqlite())
        GTEST_SKIP() << "PostgreSQL only: SQLite has no server connection to lose";
    auto db = open();
    il::LinkStore links(*db, QStringLiteral("ann"));
    ASSERT_TRUE(links.upsert(il::CustomerLink{QStringLiteral("C1"), 1}));
    // The server ends our session, as a restart or an idle timeout would.
    const qint64 pid = db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    auto admin = open();
    EXPECT_TRUE(admin->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
    EXPECT_TRUE(links.upsert(il::CustomerLink{QStringLiteral("C2"), 2}));
    EXPECT_NE(db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong(), pid);
    EXPECT_EQ(links.customerLinks().size(), 2u);
}
