#include "store/LineNotes.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace il {

LineNotes::LineNotes(Database& db, QString user, const Clock& clock)
    : m_db(db)
    , m_user(std::move(user))
    , m_clock(clock) {}

QString LineNotes::note(const QString& month, const QString& lineId) {
    return m_db
        .scalar(QStringLiteral("SELECT text FROM line_notes WHERE month = ? AND line_id = ?"),
                {month, lineId}, QStringLiteral("read the note of line %1").arg(lineId))
        .toString();
}

void LineNotes::setNote(const QString& month, const QString& lineId, const QString& text) {
    const QString what = QStringLiteral("save the note of line %1").arg(lineId);
    if (text.trimmed().isEmpty()) {
        m_db.exec(QStringLiteral("DELETE FROM line_notes WHERE month = ? AND line_id = ?"), {month, lineId},
                  what);
        return;
    }
    m_db.exec(
        QStringLiteral(
            "INSERT INTO line_notes (month, line_id, text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (month, line_id) DO UPDATE SET text = excluded.text, "
            "updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
        {month, lineId, text, m_user, m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs)}, what);
}

std::vector<LineNote> LineNotes::notes(const QString& month) {
    const QString columns = QStringLiteral("month, line_id, text, updated_by, updated_at");
    QSqlQuery q =
        month.isEmpty()
            ? m_db.exec(QStringLiteral("SELECT %1 FROM line_notes ORDER BY month, line_id").arg(columns), {},
                        QStringLiteral("read the line notes"))
            : m_db.exec(
                  QStringLiteral("SELECT %1 FROM line_notes WHERE month = ? ORDER BY line_id").arg(columns),
                  {month}, QStringLiteral("read the line notes of %1").arg(month));
    std::vector<LineNote> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toUTC()});
    return out;
}

} // namespace il
