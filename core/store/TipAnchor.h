#pragma once

#include "settings/Clock.h"
#include "store/LogTip.h"
#include "store/LogVerifier.h"

#include <QString>
#include <qcoro/qcorotask.h>

#include <optional>

namespace il {

class Database;
class SecretStore;

// This machine's record of how far the transfer log reached, kept in the keychain: outside the
// database, so deleting the last rows and rewriting the database's own record of its end no longer
// passes `log verify`. One secret per database (transferlog.tip.<12 hex of its URL>), value
// {"id":123,"hash":"…","at":"…"}. It only moves forward, and only from a log that still holds the
// row it anchored, so a log that was cut back is never blessed by the next push.
class TipAnchor {
public:
    TipAnchor(SecretStore& secrets, Database& db, const Clock& clock = Clock::system());

    // transferlog.tip.<first 12 hex digits of SHA-256 over the database's URL (SQLite: its file)>.
    static QString secretName(const Database& db);
    // "this machine's anchor (keychain entry transferlog.tip.…)", for messages.
    QString origin() const;

    // nullopt when this machine has none yet. Throws UserError when the entry is damaged or the
    // secret store fails.
    QCoro::Task<std::optional<LogTip>> load();
    // After a batch of appends: moves the anchor to the log's last row and returns that tip.
    // Keeps the anchor, and throws UserError saying why, when the log no longer holds the anchored
    // row (it was cut back or rewritten) or the entry is damaged. An empty log anchors nothing.
    QCoro::Task<LogTip> record();
    // Moves the anchor to the log's last row whatever it held: after restoring a backup on purpose.
    // Returns the tip it now holds.
    QCoro::Task<LogTip> reset();
    // LogVerifier::verify with this machine's anchor (when there is one) before `more`. Without an
    // anchor the result says so in its notes; that is not a failure (first use, another machine).
    QCoro::Task<LogVerifier::Result> verify(QList<LogVerifier::Expected> more = {});

private:
    QCoro::Task<> save(LogTip tip);

    SecretStore& m_secrets;
    Database& m_db;
    const Clock& m_clock;
    QString m_name;
};

} // namespace il
