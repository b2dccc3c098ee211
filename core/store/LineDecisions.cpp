#include "store/LineDecisions.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace il {
namespace {

const QString kColumns = QStringLiteral("month, line_id, customer_key, item_code, agreement_id, "
                                        "product_identifier, deviation, decision, note, decided_by, decided_at");

// The database spells an undo 'none'; the contract names (lineDecisionName) cover the others.
QString storedName(LineDecision decision) {
    return decision == LineDecision::None ? QStringLiteral("none") : lineDecisionName(decision);
}

std::vector<StoredDecision> read(QSqlQuery& q) {
    std::vector<StoredDecision> out;
    while (q.next()) {
        StoredDecision d;
        d.month = q.value(0).toString();
        d.line = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                  q.value(5).toString(), q.value(6).toString()};
        d.decision = lineDecisionFromName(q.value(7).toString()).value_or(LineDecision::None);
        d.note = q.value(8).toString();
        d.decidedBy = q.value(9).toString();
        d.decidedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs).toUTC();
        out.push_back(std::move(d));
    }
    return out;
}

QString identityKey(const DecidedLine& l) {
    return QStringList{l.customerKey, l.itemCode, QString::number(l.agreementId), l.productIdentifier,
                       l.deviation}
        .join(QChar(0x1F));
}

} // namespace

LineDecisions::LineDecisions(Database& db, QString user, const Clock& clock)
    : m_db(db)
    , m_user(std::move(user))
    , m_clock(clock) {}

std::vector<StoredDecision> LineDecisions::record(const QString& month, const std::vector<DecidedLine>& lines,
                                                  LineDecision decision, const QString& note) {
    const QDateTime now =
        QDateTime::fromString(m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs).toUTC();
    const QString what = QStringLiteral("save the decision on %1 line(s) of %2").arg(lines.size()).arg(month);
    std::vector<StoredDecision> out;
    auto tx = m_db.begin(what);
    for (const DecidedLine& l : lines) {
        m_db.exec(QStringLiteral("INSERT INTO line_decisions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (month, line_id) DO UPDATE SET customer_key = excluded.customer_key, "
                                 "item_code = excluded.item_code, agreement_id = excluded.agreement_id, "
                                 "product_identifier = excluded.product_identifier, "
                                 "deviation = excluded.deviation, decision = excluded.decision, "
                                 "note = excluded.note, decided_by = excluded.decided_by, "
                                 "decided_at = excluded.decided_at")
                      .arg(kColumns),
                  {month, l.lineId, l.customerKey, l.itemCode, l.agreementId, l.productIdentifier, l.deviation,
                   storedName(decision), note, m_user, now.toString(Qt::ISODateWithMs)},
                  what);
        out.push_back({month, l, decision, note, m_user, now});
    }
    tx.commit();
    return out;
}

void LineDecisions::setNote(const QString& month, const QString& lineId, const QString& note) {
    m_db.exec(QStringLiteral("UPDATE line_decisions SET note = ? WHERE month = ? AND line_id = ?"),
              {note.trimmed(), month, lineId}, QStringLiteral("save the note of the decision on line %1").arg(lineId));
}

std::vector<StoredDecision> LineDecisions::ofMonth(const QString& month) {
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM line_decisions WHERE month = ? ORDER BY line_id").arg(kColumns), {month},
        QStringLiteral("read the line decisions of %1").arg(month));
    return read(q);
}

std::vector<StoredDecision> LineDecisions::latestBefore(const QString& month) {
    // Few rows per month; the latest per identity is picked here rather than in dialect SQL.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM line_decisions WHERE month < ? "
                                           "ORDER BY month, decided_at, line_id")
                                .arg(kColumns),
                            {month}, QStringLiteral("read the line decisions before %1").arg(month));
    std::vector<StoredDecision> all = read(q);
    QHash<QString, size_t> latest;
    for (size_t i = 0; i < all.size(); ++i)
        latest.insert(identityKey(all[i].line), i);
    std::vector<StoredDecision> out;
    for (size_t i = 0; i < all.size(); ++i)
        if (latest.value(identityKey(all[i].line)) == i)
            out.push_back(all[i]);
    return out;
}

} // namespace il
