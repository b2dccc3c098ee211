#pragma once

#include "store/LogTip.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace il {

class Database;

// Everything `log verify` checks. The hash chain and the database's own record of its end
// (TransferLog::verify) catch an edited or deleted row, but not someone who deletes the last rows
// and rewrites that record too: both live in the same database. So a tip recorded elsewhere (the
// keychain anchor, an export, a mail) must still be in the log: the row with its id exists and
// carries its hash. Rows after it are fine (another machine may append to a shared database);
// they are vouched for by the chain alone.
class LogVerifier {
public:
    // A tip recorded outside the database, and where it came from, for the message.
    struct Expected {
        LogTip tip;
        QString origin; // "this machine's anchor (keychain entry …)", "--tip 12:ab…", "the export x.csv"
    };
    struct Result {
        bool ok = true;
        qint64 firstBadId = 0; // the first row that is wrong or missing; 0 when ok
        QString reason;        // one sentence naming that row (and the tip's origin); empty when ok
        qint64 rowsChecked = 0;
        QStringList notes; // what else was checked and how it went, one sentence each
    };

    explicit LogVerifier(Database& db);

    // The log's last row: id 0 (and an empty hash) when the log is empty.
    LogTip last();
    // Why the log does not hold `tip`, naming the row and `origin`; nullopt when it does.
    std::optional<QString> mismatch(const LogTip& tip, const QString& origin);
    // The chain and the database's record of its end first, then every expected tip in order.
    Result verify(const QList<Expected>& expected = {});

private:
    std::optional<QString> hashOf(qint64 id);

    Database& m_db;
};

} // namespace il
