#include "store/Migrations.h"

#include "log/LogCategories.h"
#include "errors/UserError.h"

#include <QDateTime>

namespace il {
namespace {

// Any constant will do; it only has to be the same in every InvoiceLink process.
constexpr qint64 kMigrationLockKey = 0x1A7E5C0DE;

// The dialect differences are few, so the SQL is written once with these tokens.
QString dialectSql(QString sql, Database::Dialect dialect) {
    const bool pg = dialect == Database::Dialect::Postgres;
    sql.replace(QLatin1String("%SERIAL_ID%"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                 : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

const QString kGenesisHash = QString(64, QLatin1Char('0'));

const QString kOutcomesV4 = QStringLiteral(
    "('pushed','already_in_effect','refused_changed','failed','intent','not_applied')");

// Who pushes a month now, for the message a second writer gets. The lock itself is held
// elsewhere (a PostgreSQL advisory lock, a lock file beside SQLite), so a crashed holder's row
// is simply overwritten by the next one.
// Migration 6: a person's decision on a line is logged beside the writes (field 'decision',
// outcome 'recorded': nothing was written to either system).
const QString kFieldsV6 = QStringLiteral("('quantity','unitCost','unitPrice','create','decision')");
const QString kOutcomesV6 = QStringLiteral(
    "('pushed','already_in_effect','refused_changed','failed','intent','not_applied','recorded')");

// Decisions on lines (issue 10): one row per line and month. A later month finds an earlier
// decision by the line's identity (customer key, item code, agreement, product: the same
// identity the remembered links use) and its deviation, so it carries over only where the same
// deviation repeats. decision 'none' is an undo that also stops an earlier month's decision
// from carrying into this one.
const QString kLineDecisions = QStringLiteral("CREATE TABLE line_decisions ("
                                              " month TEXT NOT NULL,"
                                              " line_id TEXT NOT NULL,"
                                              " customer_key TEXT NOT NULL,"
                                              " item_code TEXT NOT NULL,"
                                              " agreement_id INTEGER NOT NULL,"
                                              " product_identifier TEXT NOT NULL,"
                                              " deviation TEXT NOT NULL,"
                                              " decision TEXT NOT NULL CHECK (decision IN "
                                              "('none','accepted','dismissed')),"
                                              " note TEXT NOT NULL,"
                                              " decided_by TEXT NOT NULL,"
                                              " decided_at TEXT NOT NULL,"
                                              " PRIMARY KEY (month, line_id))");
const QString kLineDecisionsIndex = QStringLiteral(
    "CREATE INDEX line_decisions_identity ON line_decisions"
    " (customer_key, item_code, agreement_id, product_identifier, deviation, month)");

const QString kPushLocks = QStringLiteral("CREATE TABLE push_locks ("
                                          " month TEXT PRIMARY KEY,"
                                          " holder TEXT NOT NULL,"
                                          " since TEXT NOT NULL)");

} // namespace

std::vector<Migrations::Step> Migrations::all(Database::Dialect dialect) {
    const bool pg = dialect == Database::Dialect::Postgres;
    std::vector<Step> steps = {
        {1,
         QStringLiteral("links"),
         {
             // Money never appears here; ids are ConnectWise's integers.
             QStringLiteral("CREATE TABLE customer_links ("
                            " customer_key TEXT PRIMARY KEY,"
                            " company_id INTEGER NOT NULL,"
                            " origin TEXT NOT NULL CHECK (origin IN ('auto','suggested','confirmed')),"
                            " set_by TEXT NOT NULL,"
                            " set_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE line_links ("
                            " customer_key TEXT NOT NULL,"
                            " item_code TEXT NOT NULL,"
                            " company_id INTEGER NOT NULL,"
                            " agreement_id INTEGER NOT NULL DEFAULT 0,"
                            " product_identifier TEXT NOT NULL DEFAULT '',"
                            " origin TEXT NOT NULL CHECK (origin IN ('auto','suggested','confirmed')),"
                            " set_by TEXT NOT NULL,"
                            " set_at TEXT NOT NULL,"
                            " PRIMARY KEY (customer_key, item_code))"),
         }},
        {2,
         QStringLiteral("transfer log"),
         {
             QStringLiteral("CREATE TABLE runs ("
                            " id %SERIAL_ID%,"
                            " month TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " front_end TEXT NOT NULL CHECK (front_end IN ('cli','gui')),"
                            " started_at TEXT NOT NULL,"
                            " ended_at TEXT,"
                            " counts TEXT NOT NULL DEFAULT '{}')"),
             // ids are assigned by the writer holding the tip row, so they are gapless and a
             // deleted row shows as a hole as well as a broken link.
             QStringLiteral(
                 "CREATE TABLE transfers ("
                 " id BIGINT PRIMARY KEY,"
                 " run_id BIGINT REFERENCES runs(id),"
                 " month TEXT NOT NULL,"
                 " created_at TEXT NOT NULL,"
                 " line_id TEXT NOT NULL,"
                 " agreement_id INTEGER NOT NULL,"
                 " addition_id INTEGER NOT NULL,"
                 " field TEXT NOT NULL CHECK (field IN ('quantity','unitCost','unitPrice','create')),"
                 " old_value TEXT,"
                 " new_value TEXT,"
                 " outcome TEXT NOT NULL CHECK (outcome IN"
                 "   ('pushed','already_in_effect','refused_changed','failed')),"
                 " message TEXT NOT NULL,"
                 " request_id TEXT NOT NULL,"
                 " user_name TEXT NOT NULL,"
                 " note TEXT NOT NULL,"
                 " prev_hash TEXT NOT NULL,"
                 " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX transfers_month ON transfers (month, id)"),
             // The tip survives the deletion of the last rows, which no link inside the chain can show.
             QStringLiteral("CREATE TABLE transfer_log_tip ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " row_count BIGINT NOT NULL,"
                            " last_id BIGINT NOT NULL,"
                            " tip_hash TEXT NOT NULL)"),
             QStringLiteral(
                 "INSERT INTO transfer_log_tip (id, row_count, last_id, tip_hash) VALUES (1, 0, 0, '%1')")
                 .arg(kGenesisHash),
         }},
        {3,
         QStringLiteral("line notes"),
         {
             QStringLiteral("CREATE TABLE line_notes ("
                            " month TEXT NOT NULL,"
                            " line_id TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " updated_by TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (month, line_id))"),
         }},
        {4,
         QStringLiteral("write-ahead transfer log and push locks"),
         pg ? QStringList{
                  // Intents and their resolutions; the chain version lets old rows verify as written.
                  QStringLiteral("ALTER TABLE transfers DROP CONSTRAINT IF EXISTS transfers_outcome_check"),
                  QStringLiteral("ALTER TABLE transfers ADD CONSTRAINT transfers_outcome_check CHECK (outcome IN %1)")
                      .arg(kOutcomesV4),
                  QStringLiteral("ALTER TABLE transfers ADD COLUMN resolves BIGINT"),
                  QStringLiteral("ALTER TABLE transfers ADD COLUMN detail TEXT"),
                  QStringLiteral("ALTER TABLE transfers ADD COLUMN chain INTEGER NOT NULL DEFAULT 1"),
                  QStringLiteral("CREATE INDEX transfers_resolves ON transfers (resolves)"),
                  kPushLocks,
              }
            : QStringList{
                  // SQLite cannot change a CHECK constraint: the table is rebuilt with its rows.
                  QStringLiteral("CREATE TABLE transfers_v4 ("
                                 " id BIGINT PRIMARY KEY,"
                                 " run_id BIGINT REFERENCES runs(id),"
                                 " month TEXT NOT NULL,"
                                 " created_at TEXT NOT NULL,"
                                 " line_id TEXT NOT NULL,"
                                 " agreement_id INTEGER NOT NULL,"
                                 " addition_id INTEGER NOT NULL,"
                                 " field TEXT NOT NULL CHECK (field IN ('quantity','unitCost','unitPrice','create')),"
                                 " old_value TEXT,"
                                 " new_value TEXT,"
                                 " outcome TEXT NOT NULL CHECK (outcome IN %1),"
                                 " message TEXT NOT NULL,"
                                 " request_id TEXT NOT NULL,"
                                 " user_name TEXT NOT NULL,"
                                 " note TEXT NOT NULL,"
                                 " prev_hash TEXT NOT NULL,"
                                 " hash TEXT NOT NULL,"
                                 " resolves BIGINT,"
                                 " detail TEXT,"
                                 " chain INTEGER NOT NULL DEFAULT 1)")
                      .arg(kOutcomesV4),
                  QStringLiteral("INSERT INTO transfers_v4 (id, run_id, month, created_at, line_id, agreement_id,"
                                 " addition_id, field, old_value, new_value, outcome, message, request_id,"
                                 " user_name, note, prev_hash, hash, chain)"
                                 " SELECT id, run_id, month, created_at, line_id, agreement_id, addition_id,"
                                 " field, old_value, new_value, outcome, message, request_id, user_name, note,"
                                 " prev_hash, hash, 1 FROM transfers"),
                  QStringLiteral("DROP TABLE transfers"),
                  QStringLiteral("ALTER TABLE transfers_v4 RENAME TO transfers"),
                  QStringLiteral("CREATE INDEX transfers_month ON transfers (month, id)"),
                  QStringLiteral("CREATE INDEX transfers_resolves ON transfers (resolves)"),
                  kPushLocks,
              }},
        {5,
         QStringLiteral("transfer log for writes to either system"),
         {
             // Every row written so far is a write to a ConnectWise agreement addition, named by its
             // addition id (none yet for a create that failed). Those rows keep their chain version:
             // their hashes do not cover these columns, so verify checks them against addition_id.
             QStringLiteral("ALTER TABLE transfers ADD COLUMN target TEXT NOT NULL DEFAULT 'connectwise'"
                            " CHECK (target IN ('connectwise','exact'))"),
             QStringLiteral("ALTER TABLE transfers ADD COLUMN object_kind TEXT NOT NULL DEFAULT 'agreementAddition'"),
             QStringLiteral("ALTER TABLE transfers ADD COLUMN object_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE transfers SET object_id = CAST(addition_id AS TEXT) WHERE addition_id <> 0"),
             // "What did we write to this record before?", asked before writing to it again.
             QStringLiteral("CREATE INDEX transfers_object ON transfers (target, object_kind, object_id)"),
         }},
        {6,
         QStringLiteral("line decisions and decision rows in the transfer log"),
         pg ? QStringList{
                  QStringLiteral("ALTER TABLE transfers DROP CONSTRAINT IF EXISTS transfers_field_check"),
                  QStringLiteral("ALTER TABLE transfers ADD CONSTRAINT transfers_field_check CHECK (field IN %1)")
                      .arg(kFieldsV6),
                  QStringLiteral("ALTER TABLE transfers DROP CONSTRAINT IF EXISTS transfers_outcome_check"),
                  QStringLiteral("ALTER TABLE transfers ADD CONSTRAINT transfers_outcome_check CHECK (outcome IN %1)")
                      .arg(kOutcomesV6),
                  kLineDecisions,
                  kLineDecisionsIndex,
              }
            : QStringList{
                  // SQLite cannot change a CHECK constraint: the table is rebuilt with its rows
                  // (every column as stored, so every row's hash still verifies).
                  QStringLiteral("CREATE TABLE transfers_v6 ("
                                 " id BIGINT PRIMARY KEY,"
                                 " run_id BIGINT REFERENCES runs(id),"
                                 " month TEXT NOT NULL,"
                                 " created_at TEXT NOT NULL,"
                                 " line_id TEXT NOT NULL,"
                                 " agreement_id INTEGER NOT NULL,"
                                 " addition_id INTEGER NOT NULL,"
                                 " field TEXT NOT NULL CHECK (field IN %1),"
                                 " old_value TEXT,"
                                 " new_value TEXT,"
                                 " outcome TEXT NOT NULL CHECK (outcome IN %2),"
                                 " message TEXT NOT NULL,"
                                 " request_id TEXT NOT NULL,"
                                 " user_name TEXT NOT NULL,"
                                 " note TEXT NOT NULL,"
                                 " prev_hash TEXT NOT NULL,"
                                 " hash TEXT NOT NULL,"
                                 " resolves BIGINT,"
                                 " detail TEXT,"
                                 " chain INTEGER NOT NULL DEFAULT 1,"
                                 " target TEXT NOT NULL DEFAULT 'connectwise' CHECK (target IN ('connectwise','exact')),"
                                 " object_kind TEXT NOT NULL DEFAULT 'agreementAddition',"
                                 " object_id TEXT NOT NULL DEFAULT '')")
                      .arg(kFieldsV6, kOutcomesV6),
                  QStringLiteral("INSERT INTO transfers_v6 (id, run_id, month, created_at, line_id, agreement_id,"
                                 " addition_id, field, old_value, new_value, outcome, message, request_id,"
                                 " user_name, note, prev_hash, hash, resolves, detail, chain, target, object_kind,"
                                 " object_id)"
                                 " SELECT id, run_id, month, created_at, line_id, agreement_id, addition_id,"
                                 " field, old_value, new_value, outcome, message, request_id, user_name, note,"
                                 " prev_hash, hash, resolves, detail, chain, target, object_kind, object_id"
                                 " FROM transfers"),
                  QStringLiteral("DROP TABLE transfers"),
                  QStringLiteral("ALTER TABLE transfers_v6 RENAME TO transfers"),
                  QStringLiteral("CREATE INDEX transfers_month ON transfers (month, id)"),
                  QStringLiteral("CREATE INDEX transfers_resolves ON transfers (resolves)"),
                  QStringLiteral("CREATE INDEX transfers_object ON transfers (target, object_kind, object_id)"),
                  kLineDecisions,
                  kLineDecisionsIndex,
              }},
    };
    for (Step& step : steps) {
        for (QString& sql : step.statements)
            sql = dialectSql(sql, dialect);
    }
    return steps;
}

int Migrations::latestVersion() {
    return all(Database::Dialect::Sqlite).back().version;
}

void Migrations::apply(Database& db) {
    const bool pg = db.dialect() == Database::Dialect::Postgres;
    const QString what = QStringLiteral("apply the schema migrations");
    // Fast path without the write lock: opening must not wait for another process's writes.
    const QString existsSql = pg ? QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")
                                 : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                                  "AND name = 'schema_version'");
    const int latest = latestVersion();
    if (db.scalar(existsSql, {}, what).toBool() && db.schemaVersion() == latest)
        return;

    auto tx = db.begin(what);
    if (pg)
        db.scalar(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey), {}, what);
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                           " version INTEGER PRIMARY KEY,"
                           " description TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL)"),
            {}, what);
    const int current = db.schemaVersion();
    if (current < latest)
        qCInfo(lcStore).noquote() << "migrating" << db.displayName() << "from schema version" << current
                                  << "to" << latest;
    if (current > latest)
        throw UserError(
            QStringLiteral("%1 has schema version %2, newer than this InvoiceLink understands (%3): "
                           "update InvoiceLink")
                .arg(db.displayName())
                .arg(current)
                .arg(latest));
    for (const Step& step : all(db.dialect())) {
        if (step.version <= current)
            continue;
        const QString stepWhat =
            QStringLiteral("apply migration %1 (%2)").arg(step.version).arg(step.description);
        qCDebug(lcStore).noquote() << stepWhat;
        for (const QString& sql : step.statements)
            db.exec(sql, {}, stepWhat);
        db.exec(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
            {step.version, step.description, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            stepWhat);
    }
    tx.commit();
}

} // namespace il
