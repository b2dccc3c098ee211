#pragma once

#include "settings/Clock.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace il {

class Database;

// A user's note on one invoice line of one month ("credited in May", "ask sales"); exports of the
// transfer log can include it. Unlike the transfer log, notes may be edited.
struct LineNote {
    QString month; // YYYY-MM
    QString lineId;
    QString text;
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

class LineNotes {
public:
    LineNotes(Database& db, QString user, const Clock& clock = Clock::system());

    // Empty when there is no note.
    QString note(const QString& month, const QString& lineId);
    // An empty (or blank) text removes the note.
    void setNote(const QString& month, const QString& lineId, const QString& text);
    // By line id; all months when month is empty.
    std::vector<LineNote> notes(const QString& month = {});

private:
    Database& m_db;
    QString m_user;
    const Clock& m_clock;
};

} // namespace il
