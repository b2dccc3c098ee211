#pragma once

// Storage tests run the same cases on SQLite (a temp folder) and on a real PostgreSQL server named
// by INVOICELINK_TEST_PG_URL (shared/HOWTO.md starts one; .ci/run exports the URL). Without the URL
// the PostgreSQL cases are skipped, except under CI=true, where a missing server is a failure.

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace il::test {

enum class Backend { Sqlite, Postgres };

inline std::string backendName(const testing::TestParamInfo<Backend>& info) {
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

// A throw-away database on the test server: created in the constructor, dropped in the destructor.
class PgTestServer {
public:
    static QString serverUrl() { return qEnvironmentVariable("INVOICELINK_TEST_PG_URL"); }
    static bool requiredByCi() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

    PgTestServer()
        : m_name(QStringLiteral("il_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16)) {
        admin([this](QSqlQuery& q) {
            m_error = q.exec(QStringLiteral("CREATE DATABASE ") + m_name) ? QString() : q.lastError().text();
        });
        QUrl url(serverUrl());
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
    }
    ~PgTestServer() {
        admin([this](QSqlQuery& q) {
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        });
    }
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    const QString& url() const { return m_url; }
    const QString& error() const { return m_error; } // empty when the database was created

private:
    template <typename F> void admin(F&& f) {
        const QUrl url(serverUrl());
        const QString connection = QStringLiteral("pg-test-admin-") + m_name;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1).isEmpty() ? QStringLiteral("postgres") : url.path().mid(1));
            db.setConnectOptions(QStringLiteral("connect_timeout=5"));
            if (!db.open()) {
                m_error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                f(q);
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }

    QString m_name;
    QString m_url;
    QString m_error;
};

// The fixture of every storage test that runs on both backends.
class StoreTest : public testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        if (GetParam() == Backend::Sqlite) {
            ASSERT_TRUE(m_dir.isValid());
            m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("data/invoicelink.sqlite"));
            return;
        }
        if (PgTestServer::serverUrl().isEmpty()) {
            if (PgTestServer::requiredByCi())
                FAIL() << "CI=true but INVOICELINK_TEST_PG_URL is not set: start PostgreSQL as "
                          "shared/HOWTO.md shows";
            GTEST_SKIP() << "PostgreSQL tests skipped: set INVOICELINK_TEST_PG_URL, e.g. "
                            "postgresql://postgres@127.0.0.1:55432/postgres (see shared/HOWTO.md)";
        }
        m_pg = std::make_unique<PgTestServer>();
        ASSERT_TRUE(m_pg->error().isEmpty())
            << "cannot create a test database on " << PgTestServer::serverUrl().toStdString() << ": "
            << m_pg->error().toStdString();
        m_url = m_pg->url();
    }

    bool isSqlite() const { return GetParam() == Backend::Sqlite; }
    const QString& url() const { return m_url; }
    std::unique_ptr<Database> open(const Database::Options& options = {}) const {
        return std::make_unique<Database>(m_url, options);
    }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestServer> m_pg;
    QString m_url;
};

#define IL_STORE_TEST_BACKENDS(Suite)                                                                        \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                \
                             testing::Values(il::test::Backend::Sqlite, il::test::Backend::Postgres),        \
                             il::test::backendName)

} // namespace il::test
