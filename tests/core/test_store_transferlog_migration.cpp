// issue 9, point 4: the transfer log records writes to either system (target, object kind and id)
// and its hash chain is versioned, so a log written by an earlier release still verifies after
// migration 5, and a row edited after the migration is still caught.

#include "PgTestServer.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/TransferLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using il::Database;
using il::TransferLog;
using il::test::StoreTest;

namespace {

const QString kGenesis(64, QLatin1Char('0'));

// The hash as the releases before migration 5 computed it, written out here on purpose: if the
// program's TransferChain changed how an old version hashes, these rows would stop verifying.
QString oldHash(int version, const QStringList& columns) {
    QJsonArray array{QStringLiteral("invoicelink-transfer-%1").arg(version)};
    for (const QString& c : columns)
        array.append(c == QLatin1String("<null>") ? QJsonValue(QJsonValue::Null) : QJsonValue(c));
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(array).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

// A database as an older release left it: built without Database, which would migrate it to the
// latest schema at once.
class OldDatabase {
public:
    explicit OldDatabase(const QString& url)
        : m_name(QStringLiteral("old-release-") + url) {
        const QUrl u(url);
        if (url.startsWith(QLatin1String("sqlite://"))) {
            const QString path = url.mid(int(qstrlen("sqlite://")));
            QDir().mkpath(QFileInfo(path).absolutePath());
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(path);
            m_dialect = Database::Dialect::Sqlite;
        } else {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_db.setHostName(u.host());
            m_db.setPort(u.port(5432));
            m_db.setUserName(u.userName());
            m_db.setPassword(u.password());
            m_db.setDatabaseName(u.path().mid(1));
            m_dialect = Database::Dialect::Postgres;
        }
        m_open = m_db.open();
        exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT "
                            "NULL, applied_at TEXT NOT NULL)"));
    }
    ~OldDatabase() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // Applies the shipped migrations up to `version` (steps are never edited once shipped).
    void migrateTo(int version) {
        for (const auto& step : il::Migrations::all(m_dialect)) {
            if (step.version <= m_version || step.version > version)
                continue;
            for (const QString& sql : step.statements)
                exec(sql);
            exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'old', 'then')").arg(step.version));
            m_version = step.version;
        }
    }

    // Appends a row the way the release of schema 2 (chain 1: 16 columns) or 4 (chain 2: 19) did.
    void append(QStringList columns, int chain) {
        const qint64 id = ++m_lastId;
        columns.prepend(QString::number(id));
        columns.append(m_lastHash); // prev_hash
        if (chain == 2)
            columns << QStringLiteral("<null>") << QStringLiteral("<null>") << QStringLiteral("2");
        const QString hash = oldHash(chain, columns);
        // resolves and detail of a chain-2 row are set by the caller through `extra`.
        QStringList names = {
            QStringLiteral("id"),          QStringLiteral("run_id"),    QStringLiteral("month"),
            QStringLiteral("created_at"),  QStringLiteral("line_id"),   QStringLiteral("agreement_id"),
            QStringLiteral("addition_id"), QStringLiteral("field"),     QStringLiteral("old_value"),
            QStringLiteral("new_value"),   QStringLiteral("outcome"),   QStringLiteral("message"),
            QStringLiteral("request_id"),  QStringLiteral("user_name"), QStringLiteral("note"),
            QStringLiteral("prev_hash")};
        if (chain == 2)
            names << QStringLiteral("resolves") << QStringLiteral("detail") << QStringLiteral("chain");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO transfers (%1, hash) VALUES (%2?)")
                      .arg(names.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(names.size())));
        for (const QString& c : columns)
            q.addBindValue(c == QLatin1String("<null>") ? QVariant() : QVariant(c));
        q.addBindValue(hash);
        if (!q.exec())
            m_error = q.lastError().text();
        QSqlQuery tip(m_db);
        tip.prepare(QStringLiteral(
            "UPDATE transfer_log_tip SET row_count = ?, last_id = ?, tip_hash = ? WHERE id = 1"));
        tip.addBindValue(id);
        tip.addBindValue(id);
        tip.addBindValue(hash);
        if (!tip.exec())
            m_error = tip.lastError().text();
        m_lastHash = hash;
    }

private:
    void exec(const QString& sql) {
        QSqlQuery q(m_db);
        if (!q.exec(sql) && m_error.isEmpty())
            m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
    }

    QString m_name;
    QSqlDatabase m_db;
    Database::Dialect m_dialect = Database::Dialect::Sqlite;
    bool m_open = false;
    QString m_error;
    int m_version = 0;
    qint64 m_lastId = 0;
    QString m_lastHash = kGenesis;
};

// Row columns after id and before prev_hash: run_id … note, as text ("<null>" for SQL NULL).
QStringList oldRow(const char* addition, const char* field, const char* oldValue, const char* newValue,
                   const char* outcome) {
    return {QStringLiteral("<null>"),
            QStringLiteral("2024-04"),
            QStringLiteral("2024-05-03T14:30:15.250Z"),
            QStringLiteral("line-%1").arg(QLatin1String(addition)),
            QStringLiteral("500"),
            QLatin1String(addition),
            QLatin1String(field),
            QLatin1String(oldValue),
            QLatin1String(newValue),
            QLatin1String(outcome),
            QStringLiteral("OK"),
            QStringLiteral("req-1"),
            QStringLiteral("ann"),
            QStringLiteral("")}; // note: empty, never NULL
}

} // namespace

class StoreTransferLogMigration : public StoreTest {
protected:
    // The log of a user who pushed with the release of schema 2 (two rows, the second a create
    // that failed before ConnectWise gave it an id), upgraded to the release of schema 4 and
    // pushed again (a chain-2 row), and now opens this release. Returns false when it could not.
    bool buildPreviousRelease() {
        OldDatabase old(url());
        old.migrateTo(2);
        old.append(oldRow("901", "quantity", "3", "4", "pushed"), 1);
        old.append(oldRow("0", "create", "<null>", "2", "failed"), 1);
        old.migrateTo(4);
        old.append(oldRow("902", "unitPrice", "9.5", "9.75", "already_in_effect"), 2);
        m_buildError = old.error();
        return old.isOpen() && m_buildError.isEmpty();
    }
    QString m_buildError;
};
IL_STORE_TEST_BACKENDS(StoreTransferLogMigration);

TEST_P(StoreTransferLogMigration, APreviousReleasesLogMigratesVerifiesAndGrowsInTheNewFormat) {
    ASSERT_TRUE(buildPreviousRelease()) << m_buildError.toStdString();
    auto db = open(); // migration 5 runs here
    EXPECT_EQ(db->schemaVersion(), il::Migrations::latestVersion());
    TransferLog log(*db);
    const TransferLog::Verification before = log.verify();
    EXPECT_TRUE(before.ok) << before.reason.toStdString();
    EXPECT_EQ(before.rowsChecked, 3);

    const auto rows = log.list();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].chainVersion, 1);
    EXPECT_EQ(rows[2].chainVersion, 2);
    for (const il::Transfer& t : rows) {
        EXPECT_EQ(t.target, il::TargetSystem::ConnectWise);
        EXPECT_EQ(t.objectKind, il::TransferObject::AgreementAddition);
    }
    EXPECT_EQ(rows[0].objectId, QStringLiteral("901"));
    EXPECT_EQ(rows[1].objectId, QString()) << "a create that failed has no id in ConnectWise";
    EXPECT_EQ(rows[2].objectId, QStringLiteral("902"));

    il::Transfer invoice;
    invoice.month = QStringLiteral("2024-04");
    invoice.lineId = QStringLiteral("line-9");
    invoice.target = il::TargetSystem::ExactOnline;
    invoice.objectKind = il::TransferObject::SalesInvoice;
    invoice.objectId = QStringLiteral("4f2a9c1e-0b7d-4e8a-9a51-2d3c4b5a6f70");
    invoice.field = il::TransferField::Create;
    invoice.newValue = il::Decimal::fromString(u"1");
    invoice.outcome = il::TransferOutcome::Pushed;
    invoice.user = QStringLiteral("ann");
    const il::Transfer written = log.append(invoice);
    EXPECT_EQ(written.chainVersion, 3);
    EXPECT_EQ(written.prevHash, rows[2].hash) << "the new row chains onto the migrated ones";
    const TransferLog::Verification after = log.verify();
    EXPECT_TRUE(after.ok) << after.reason.toStdString();
    EXPECT_EQ(after.rowsChecked, 4);
    const auto back = log.list();
    EXPECT_EQ(back[3].target, il::TargetSystem::ExactOnline);
    EXPECT_EQ(back[3].objectKind, il::TransferObject::SalesInvoice);
    EXPECT_EQ(back[3].objectId, invoice.objectId);
}

TEST_P(StoreTransferLogMigration, AnEditedMigratedRowFailsTheCheckNamingIt) {
    ASSERT_TRUE(buildPreviousRelease()) << m_buildError.toStdString();
    auto db = open();
    db->exec(QStringLiteral("UPDATE transfers SET new_value = '40' WHERE id = 1"));
    const TransferLog::Verification v = TransferLog(*db).verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, 1);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("row 1 was changed"))) << v.reason.toStdString();
}

TEST_P(StoreTransferLogMigration, AMigratedRowGivenAnotherTargetOrObjectFailsThoughItsHashDoesNotCoverThem) {
    ASSERT_TRUE(buildPreviousRelease()) << m_buildError.toStdString();
    for (const char* edit : {"target = 'exact'", "object_kind = 'salesInvoice'", "object_id = '903'"}) {
        auto db = open();
        const QString column = QString::fromLatin1(edit).section(u' ', 0, 0);
        const QVariant was = db->scalar(QStringLiteral("SELECT %1 FROM transfers WHERE id = 3").arg(column));
        db->exec(QStringLiteral("UPDATE transfers SET %1 WHERE id = 3").arg(QLatin1String(edit)));
        const TransferLog::Verification v = TransferLog(*db).verify();
        EXPECT_FALSE(v.ok) << edit;
        EXPECT_EQ(v.firstBadId, 3) << edit;
        EXPECT_TRUE(v.reason.contains(QStringLiteral("target system, object kind or object id")))
            << v.reason.toStdString();
        db->exec(QStringLiteral("UPDATE transfers SET %1 = ? WHERE id = 3").arg(column), {was});
        EXPECT_TRUE(TransferLog(*db).verify().ok) << "restored " << edit;
    }
}

TEST_P(StoreTransferLogMigration, ANewRowCannotBeMovedToAnotherObjectOrDowngradedToAnOldVersion) {
    auto db = open();
    TransferLog log(*db);
    il::Transfer t;
    t.month = QStringLiteral("2024-04");
    t.lineId = QStringLiteral("line-1");
    t.agreementId = 500;
    t.additionId = 901;
    t.newValue = il::Decimal::fromString(u"4");
    t.user = QStringLiteral("ann");
    EXPECT_EQ(log.append(t).objectId, QStringLiteral("901")) << "an addition is named by its id";
    ASSERT_TRUE(log.verify().ok);
    for (const char* edit : {"object_id = '902'", "target = 'exact'", "chain = 2", "chain = 1"}) {
        const QString column = QString::fromLatin1(edit).section(u' ', 0, 0);
        const QVariant was = db->scalar(QStringLiteral("SELECT %1 FROM transfers WHERE id = 1").arg(column));
        db->exec(QStringLiteral("UPDATE transfers SET %1 WHERE id = 1").arg(QLatin1String(edit)));
        const TransferLog::Verification v = log.verify();
        EXPECT_FALSE(v.ok) << edit;
        EXPECT_EQ(v.firstBadId, 1) << edit;
        db->exec(QStringLiteral("UPDATE transfers SET %1 = ? WHERE id = 1").arg(column), {was});
        EXPECT_TRUE(log.verify().ok) << "restored " << edit;
    }
}

// issue 10 point 4: migration 6 lets the log take decision rows (field decision, outcome
// recorded, who, when, note) without disturbing the rows written before it; they chain on and the
// whole log verifies, and an edited decision row is caught like any other.
TEST_P(StoreTransferLogMigration, APreviousReleasesLogTakesDecisionRowsAndStillVerifies) {
    ASSERT_TRUE(buildPreviousRelease()) << m_buildError.toStdString();
    auto db = open(); // migrations 5 and 6 run here
    TransferLog log(*db);
    il::Transfer decision;
    decision.month = QStringLiteral("2024-04");
    decision.lineId = QStringLiteral("line-902");
    decision.agreementId = 500;
    decision.additionId = 902;
    decision.field = il::TransferField::Decision;
    decision.outcome = il::TransferOutcome::Recorded;
    decision.message = QStringLiteral("dismissed: price_mismatch q=0 p=-0.25");
    decision.user = QStringLiteral("ann");
    decision.note = QStringLiteral("old price until June");
    decision.detail = QStringLiteral("{\"decision\":\"dismissed\"}");
    const il::Transfer written = log.append(decision);
    EXPECT_EQ(written.prevHash, log.list()[2].hash);
    const TransferLog::Verification v = log.verify();
    EXPECT_TRUE(v.ok) << v.reason.toStdString();
    EXPECT_EQ(v.rowsChecked, 4);
    const il::Transfer back = log.list().back();
    EXPECT_EQ(back.field, il::TransferField::Decision);
    EXPECT_EQ(back.outcome, il::TransferOutcome::Recorded);
    EXPECT_EQ(back.user, QStringLiteral("ann"));
    EXPECT_EQ(back.note, QStringLiteral("old price until June"));
    EXPECT_TRUE(back.createdAt.isValid());

    db->exec(QStringLiteral("UPDATE transfers SET note = 'agreed with sales' WHERE id = 4"));
    const TransferLog::Verification edited = log.verify();
    EXPECT_FALSE(edited.ok);
    EXPECT_EQ(edited.firstBadId, 4);
}
