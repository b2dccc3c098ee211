#pragma once

#include "domain/RunRecord.h"
#include "domain/Transfer.h"
#include "settings/Clock.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace il {

class Database;

// The append-only, hash-chained record of every push attempt (DESIGN §3 Pushing, Storage), and
// the run records of reconciles. Rows are only ever inserted; verify() finds a row that was
// edited, deleted from the middle, deleted from the end, or inserted behind our back.
class TransferLog {
public:
    struct Verification {
        bool ok = true;
        qint64 firstBadId = 0; // the first row that is wrong or missing; 0 when ok
        QString reason;        // one sentence naming that row; empty when ok
        qint64 rowsChecked = 0;
    };

    explicit TransferLog(Database& db, const Clock& clock = Clock::system());

    // frontEnd is "cli" or "gui". Returns the run id to put in Transfer::runId.
    qint64 startRun(const QString& month, const QString& user, const QString& frontEnd);
    void finishRun(qint64 runId, const QJsonObject& counts);
    std::optional<RunRecord> run(qint64 runId);
    std::vector<RunRecord> runs(const QString& month = {}); // oldest first; all months when empty

    // Appends one row in its own transaction, chaining it to the current tip even when another
    // process appends at the same moment. createdAt defaults to now; id, prevHash and hash are
    // assigned. Returns the row as stored. Throws std::invalid_argument for a malformed month.
    Transfer append(Transfer transfer);
    // Appends several rows in one transaction (one disk sync): all or none.
    std::vector<Transfer> appendAll(std::vector<Transfer> transfers);

    // Intents of the month without a row that resolves them: writes whose outcome is unknown
    // (the process died, or the answer was lost), oldest first.
    std::vector<Transfer> pendingIntents(const QString& month);

    // Oldest first; all months when month is empty; only `outcome` rows when given. Intents that
    // have their outcome row are left out (the outcome row carries the same values).
    std::vector<Transfer> list(const QString& month = {},
                               std::optional<TransferOutcome> outcome = std::nullopt);

    Verification verify();

private:
    QString now() const;
    static std::vector<Transfer> readTransfers(QSqlQuery& query);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace il
