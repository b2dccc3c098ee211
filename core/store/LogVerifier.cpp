#include "store/LogVerifier.h"

#include "store/Database.h"
#include "store/TransferLog.h"

#include <QSqlQuery>

namespace il {
namespace {

QString shortHash(const QString& hash) {
    return hash.left(12) + QStringLiteral("…");
}

} // namespace

LogVerifier::LogVerifier(Database& db)
    : m_db(db) {}

LogTip LogVerifier::last() {
    // The rows themselves, not transfer_log_tip: that record is exactly what an attacker rewrites.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, hash FROM transfers ORDER BY id DESC LIMIT 1"), {},
                            QStringLiteral("read the transfer log's last row"));
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString(), {}};
}

std::optional<QString> LogVerifier::hashOf(qint64 id) {
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT hash FROM transfers WHERE id = ?"), {id},
                            QStringLiteral("read row %1 of the transfer log").arg(id));
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QString> LogVerifier::mismatch(const LogTip& tip, const QString& origin) {
    const std::optional<QString> stored = hashOf(tip.id);
    if (!stored) {
        const LogTip end = last();
        return QStringLiteral("row %1 is missing: %2 records the log reaching row %1 (hash %3), but the log "
                              "%4: rows were deleted from its end and its recorded end rewritten")
            .arg(tip.id)
            .arg(origin, shortHash(tip.hash),
                 end.isEmpty() ? QStringLiteral("is empty") : QStringLiteral("ends at row %1").arg(end.id));
    }
    if (stored->compare(tip.hash, Qt::CaseInsensitive) != 0)
        return QStringLiteral("row %1 is not the row %2 records (hash %3 there, %4 in the log): the log was "
                              "rewritten up to that row")
            .arg(tip.id)
            .arg(origin, shortHash(tip.hash), shortHash(*stored));
    return std::nullopt;
}

LogVerifier::Result LogVerifier::verify(const QList<Expected>& expected) {
    const TransferLog::Verification chain = TransferLog(m_db).verify();
    Result result{chain.ok, chain.firstBadId, chain.reason, chain.rowsChecked, {}};
    if (!chain.ok)
        return result;
    const LogTip end = last();
    for (const Expected& e : expected) {
        if (const auto problem = mismatch(e.tip, e.origin)) {
            result.ok = false;
            // Past the end, the first missing row is the first bad one; else the tip's own row.
            result.firstBadId = e.tip.id > end.id ? end.id + 1 : e.tip.id;
            result.reason = *problem;
            return result;
        }
        QString note = QStringLiteral("row %1 matches %2").arg(e.tip.id).arg(e.origin);
        // Rows after a tip may be another machine's (a shared database) or this run's: the chain
        // vouches for them, but nothing outside the database does yet.
        if (end.id > e.tip.id)
            note += QStringLiteral("; rows %1 to %2 came later and are checked by the hash chain only")
                        .arg(e.tip.id + 1)
                        .arg(end.id);
        result.notes << note;
    }
    return result;
}

} // namespace il
