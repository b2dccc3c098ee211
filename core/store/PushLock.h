#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace il {

class Database;

// One writer per month (DESIGN §3 Pushing): a process that pushes corrections for a month holds
// this lock, so a second process (another user on a shared PostgreSQL database, or a second
// window or scheduler run on one SQLite file) cannot send the same writes again. The lock dies
// with its holder: a PostgreSQL session advisory lock, or a lock file beside the SQLite file
// whose owner is checked for being alive. Who holds it is kept in the push_locks table, for the
// message the second writer gets.
class PushLock {
public:
    ~PushLock();
    PushLock(const PushLock&) = delete;
    PushLock& operator=(const PushLock&) = delete;

    // Takes the month's lock without waiting. On failure returns nullptr and sets *heldBy to who
    // holds it ("alice (cli on host-1, pid 4242) since 2026-11-03 10:02 UTC"). Throws UserError
    // when the database fails.
    static std::unique_ptr<PushLock> tryAcquire(Database& db, const QString& month, const QString& holder,
                                                QString* heldBy);

    // False once the lock was lost (the PostgreSQL connection was re-made): stop writing then.
    bool isHeld() const;
    const QString& month() const { return m_month; }

private:
    PushLock(Database& db, QString month, QString holder);
    static QString whoHolds(Database& db, const QString& month);
    void recordHolder();

    Database& m_db;
    QString m_month;
    QString m_holder;
    int m_connectionGeneration = 0;
    std::unique_ptr<QLockFile> m_file; // SQLite
};

} // namespace il
