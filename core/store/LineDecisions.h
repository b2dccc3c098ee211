#pragma once

#include "domain/LineDecision.h"
#include "settings/Clock.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace il {

class Database;

// A line of a month as decisions know it: its id in this month, and what is stable across months
// (the remembered links' customer key and item code, with the agreement and product it is
// compared on) with the deviation it showed when decided, as a fingerprint ("quantity_mismatch
// q=2 p=0"). A later month's line takes an earlier decision only when all of it matches.
struct DecidedLine {
    QString lineId;
    QString customerKey;
    QString itemCode;
    int agreementId = 0;
    QString productIdentifier;
    QString deviation;
};

// One stored decision. LineDecision::None is an undo: it is kept (not deleted) so that an
// earlier month's decision does not come back in the month where it was undone.
struct StoredDecision {
    QString month; // YYYY-MM
    DecidedLine line;
    LineDecision decision = LineDecision::None;
    QString note;
    QString decidedBy;
    QDateTime decidedAt; // UTC
};

// The line decisions of every month (issue 10 point 4), in the table line_decisions.
class LineDecisions {
public:
    LineDecisions(Database& db, QString user, const Clock& clock = Clock::system());

    // Stores (or replaces) the decision of each line of the month in one transaction; stamps
    // who and when. Returns the rows as stored.
    std::vector<StoredDecision> record(const QString& month, const std::vector<DecidedLine>& lines,
                                       LineDecision decision, const QString& note);
    // Changes the note of the line's decision of the month, if it has one.
    void setNote(const QString& month, const QString& lineId, const QString& note);
    // The month's own decisions (undos included), by line id.
    std::vector<StoredDecision> ofMonth(const QString& month);
    // For each identity and deviation, the latest decision of a month before `month` (undos
    // included: an undo ends the carry-over), oldest month first.
    std::vector<StoredDecision> latestBefore(const QString& month);

private:
    Database& m_db;
    QString m_user;
    const Clock& m_clock;
};

} // namespace il
