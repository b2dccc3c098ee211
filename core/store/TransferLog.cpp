#include "store/TransferLog.h"

#include "store/Database.h"
#include "store/TransferChain.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <stdexcept>

namespace il {
namespace {

bool isMonth(const QString& month) {
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

std::optional<QString> textOrNull(const QVariant& v) {
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

QDateTime timeOf(const QVariant& v) {
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

std::optional<Decimal> decimalOf(const QVariant& v) {
    if (v.isNull())
        return std::nullopt;
    return Decimal::parse(v.toString());
}

RunRecord readRun(const QSqlQuery& q) {
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            timeOf(q.value(4)),
            timeOf(q.value(5)),
            QJsonDocument::fromJson(q.value(6).toByteArray()).object()};
}

const QString kRunColumns = QStringLiteral("id, month, user_name, front_end, started_at, ended_at, counts");

} // namespace

TransferLog::TransferLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QString TransferLog::now() const {
    return TransferChain::createdAtText(m_clock.nowUtc());
}

qint64 TransferLog::startRun(const QString& month, const QString& user, const QString& frontEnd) {
    if (!isMonth(month))
        throw std::invalid_argument("run month must be YYYY-MM");
    if (frontEnd != QLatin1String("cli") && frontEnd != QLatin1String("gui"))
        throw std::invalid_argument("front end must be cli or gui");
    return m_db
        .scalar(QStringLiteral("INSERT INTO runs (month, user_name, front_end, started_at, counts) "
                               "VALUES (?, ?, ?, ?, '{}') RETURNING id"),
                {month, user, frontEnd, now()}, QStringLiteral("record the start of a run"))
        .toLongLong();
}

void TransferLog::finishRun(qint64 runId, const QJsonObject& counts) {
    m_db.exec(QStringLiteral("UPDATE runs SET ended_at = ?, counts = ? WHERE id = ?"),
              {now(), QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)), runId},
              QStringLiteral("record the end of run %1").arg(runId));
}

std::optional<RunRecord> TransferLog::run(qint64 runId) {
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kRunColumns), {runId},
                            QStringLiteral("read run %1").arg(runId));
    if (!q.next())
        return std::nullopt;
    return readRun(q);
}

std::vector<RunRecord> TransferLog::runs(const QString& month) {
    QSqlQuery q =
        month.isEmpty()
            ? m_db.exec(QStringLiteral("SELECT %1 FROM runs ORDER BY id").arg(kRunColumns), {},
                        QStringLiteral("read the runs"))
            : m_db.exec(QStringLiteral("SELECT %1 FROM runs WHERE month = ? ORDER BY id").arg(kRunColumns),
                        {month}, QStringLiteral("read the runs of %1").arg(month));
    std::vector<RunRecord> out;
    while (q.next())
        out.push_back(readRun(q));
    return out;
}

Transfer TransferLog::append(Transfer t) {
    return appendAll({std::move(t)}).front();
}

std::vector<Transfer> TransferLog::appendAll(std::vector<Transfer> transfers) {
    for (Transfer& t : transfers) {
        if (!isMonth(t.month))
            throw std::invalid_argument("transfer month must be YYYY-MM");
        if (!t.createdAt.isValid())
            t.createdAt = m_clock.nowUtc();
        // Millisecond UTC text is what is stored and hashed; keep the returned value identical.
        t.createdAt = QDateTime::fromString(TransferChain::createdAtText(t.createdAt), Qt::ISODateWithMs).toUTC();
        // The pushes name an addition by its ConnectWise id; the log keeps one column for every
        // system's ids, so fill it rather than make every writer repeat the id.
        if (t.objectId.isEmpty() && t.target == TargetSystem::ConnectWise &&
            t.objectKind == TransferObject::AgreementAddition && t.additionId)
            t.objectId = QString::number(t.additionId);
    }
    if (transfers.empty())
        return transfers;

    const QString what = QStringLiteral("append to the transfer log");
    auto tx = m_db.begin(what);
    // FOR UPDATE makes a second PostgreSQL writer wait here; SQLite's BEGIN IMMEDIATE already did.
    const bool pg = m_db.dialect() == Database::Dialect::Postgres;
    QSqlQuery tip = m_db.exec(QStringLiteral("SELECT last_id, tip_hash FROM transfer_log_tip WHERE id = 1") +
                                  (pg ? QStringLiteral(" FOR UPDATE") : QString()),
                              {}, what);
    if (!tip.next())
        throw std::runtime_error("transfer log tip row is missing");
    qint64 lastId = tip.value(0).toLongLong();
    QString lastHash = tip.value(1).toString();
    tip.finish();

    for (Transfer& t : transfers) {
        t.id = ++lastId;
        t.prevHash = lastHash;
        t.chainVersion = TransferChain::CurrentVersion;
        const TransferChain::Row row = TransferChain::rowOf(t);
        t.hash = TransferChain::hash(row);
        lastHash = t.hash;
        QVariantList binds;
        for (const auto& value : row)
            binds << (value ? QVariant(*value) : QVariant());
        binds << t.hash;
        m_db.exec(QStringLiteral("INSERT INTO transfers (%1, hash) VALUES (%2?)")
                      .arg(TransferChain::canonicalColumns(), QStringLiteral("?, ").repeated(row.size())),
                  binds, what);
    }
    m_db.exec(QStringLiteral("UPDATE transfer_log_tip SET row_count = row_count + ?, last_id = ?, tip_hash = ? "
                             "WHERE id = 1"),
              {qint64(transfers.size()), lastId, lastHash}, what);
    tx.commit();
    return transfers;
}

std::vector<Transfer> TransferLog::pendingIntents(const QString& month) {
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1, hash FROM transfers i WHERE i.outcome = 'intent' AND i.month = ? AND NOT EXISTS "
                       "(SELECT 1 FROM transfers r WHERE r.resolves = i.id) ORDER BY i.id")
            .arg(TransferChain::canonicalColumns()),
        {month}, QStringLiteral("read the unresolved writes of %1").arg(month));
    return readTransfers(q);
}

std::vector<Transfer> TransferLog::readTransfers(QSqlQuery& q) {
    std::vector<Transfer> out;
    while (q.next()) {
        Transfer t;
        t.id = q.value(0).toLongLong();
        t.runId = q.value(1).toLongLong();
        t.month = q.value(2).toString();
        t.createdAt = timeOf(q.value(3));
        t.lineId = q.value(4).toString();
        t.agreementId = q.value(5).toInt();
        t.additionId = q.value(6).toInt();
        t.field = transferFieldFromString(q.value(7).toString()).value_or(TransferField::Quantity);
        t.oldValue = decimalOf(q.value(8));
        t.newValue = decimalOf(q.value(9));
        t.outcome = transferOutcomeFromString(q.value(10).toString()).value_or(TransferOutcome::Failed);
        t.message = q.value(11).toString();
        t.requestId = q.value(12).toString();
        t.user = q.value(13).toString();
        t.note = q.value(14).toString();
        t.prevHash = q.value(15).toString();
        t.resolves = q.value(16).toLongLong();
        t.detail = q.value(17).toString();
        t.chainVersion = q.value(TransferChain::ChainColumn).toInt();
        t.target = targetSystemFromString(q.value(TransferChain::TargetColumn).toString())
                       .value_or(TargetSystem::ConnectWise);
        t.objectKind = transferObjectFromString(q.value(TransferChain::ObjectKindColumn).toString())
                           .value_or(TransferObject::AgreementAddition);
        t.objectId = q.value(TransferChain::ObjectIdColumn).toString();
        t.hash = q.value(TransferChain::columnCount(TransferChain::CurrentVersion)).toString();
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<Transfer> TransferLog::list(const QString& month, std::optional<TransferOutcome> outcome) {
    // An intent that has its outcome row says nothing the outcome does not: it is left out. One
    // without (a crash, a lost answer not yet checked) is listed, so the log hides no write.
    QString sql = QStringLiteral("SELECT %1, hash FROM transfers t WHERE NOT (t.outcome = 'intent' AND EXISTS "
                                 "(SELECT 1 FROM transfers r WHERE r.resolves = t.id))")
                      .arg(TransferChain::canonicalColumns());
    QVariantList binds;
    if (!month.isEmpty()) {
        sql += QStringLiteral(" AND t.month = ?");
        binds << month;
    }
    if (outcome) {
        sql += QStringLiteral(" AND t.outcome = ?");
        binds << toString(*outcome);
    }
    sql += QStringLiteral(" ORDER BY t.id");
    QSqlQuery q = m_db.exec(sql, binds, QStringLiteral("read the transfer log"));
    return readTransfers(q);
}

TransferLog::Verification TransferLog::verify() {
    const QString what = QStringLiteral("verify the transfer log");
    // Holding the writers' lock gives a consistent view of the tip and the rows.
    auto tx = m_db.begin(what);
    const bool pg = m_db.dialect() == Database::Dialect::Postgres;
    QSqlQuery tip =
        m_db.exec(QStringLiteral("SELECT row_count, last_id, tip_hash FROM transfer_log_tip WHERE id = 1") +
                      (pg ? QStringLiteral(" FOR UPDATE") : QString()),
                  {}, what);
    if (!tip.next())
        return {false, 1, QStringLiteral("the log's tip record is missing"), 0};
    const qint64 tipCount = tip.value(0).toLongLong();
    const qint64 tipLastId = tip.value(1).toLongLong();
    const QString tipHash = tip.value(2).toString();
    tip.finish();

    Verification v;
    auto fail = [&v](qint64 id, const QString& reason) {
        v.ok = false;
        v.firstBadId = id;
        v.reason = reason;
        return v;
    };
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1, hash FROM transfers ORDER BY id").arg(TransferChain::canonicalColumns()),
        {}, what);
    const int columns = TransferChain::columnCount(TransferChain::CurrentVersion);
    qint64 lastId = 0;
    QString lastHash = TransferChain::genesis();
    while (q.next()) {
        TransferChain::Row row;
        for (int i = 0; i < columns; ++i)
            row.push_back(textOrNull(q.value(i)));
        const qint64 id = q.value(0).toLongLong();
        const QString stored = q.value(columns).toString();
        const int version = q.value(TransferChain::ChainColumn).toInt();
        if (id != lastId + 1)
            return fail(lastId + 1,
                        QStringLiteral("row %1 is missing: it was deleted (the log goes on at row %2)")
                            .arg(lastId + 1)
                            .arg(id));
        if (row[TransferChain::PrevHashColumn].value_or(QString()) != lastHash)
            return fail(
                id,
                QStringLiteral("row %1 does not link to the row before it: the chain was rewritten").arg(id));
        if (TransferChain::hash(row, version) != stored)
            return fail(
                id, QStringLiteral("row %1 was changed after it was written: its content no longer matches "
                                   "its hash")
                        .arg(id));
        if (!TransferChain::derivedOk(row, version))
            return fail(id, QStringLiteral("row %1 was changed after it was written: its target system, object "
                                           "kind or object id no longer match its addition")
                                .arg(id));
        lastId = id;
        lastHash = stored;
        ++v.rowsChecked;
    }
    if (lastId < tipLastId)
        return fail(lastId + 1,
                    QStringLiteral("row %1 is missing: the last %2 row(s) of the log were deleted")
                        .arg(lastId + 1)
                        .arg(tipLastId - lastId));
    if (lastId > tipLastId)
        return fail(tipLastId + 1,
                    QStringLiteral("row %1 was added outside InvoiceLink (the log's recorded end is row %2)")
                        .arg(tipLastId + 1)
                        .arg(tipLastId));
    if (lastHash != tipHash || v.rowsChecked != tipCount)
        return fail(lastId,
                    QStringLiteral("row %1 does not match the log's recorded end: the chain was rewritten")
                        .arg(lastId));
    return v;
}

} // namespace il
