#include "store/PushLock.h"

#include "log/LogCategories.h"
#include "errors/UserError.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFile>
#include <QLockFile>

namespace il {
namespace {

// The two-key form keeps these apart from the migration lock's one-key space.
constexpr int kLockNamespace = 0x1A7E5C0D;

int monthKey(const QString& month) {
    return month.left(4).toInt() * 100 + month.mid(5, 2).toInt();
}

QString lockFilePath(const Database& db, const QString& month) {
    return db.filePath() + QStringLiteral(".push-%1.lock").arg(month);
}

} // namespace

PushLock::PushLock(Database& db, QString month, QString holder)
    : m_db(db)
    , m_month(std::move(month))
    , m_holder(std::move(holder))
    , m_connectionGeneration(db.connectionGeneration()) {}

PushLock::~PushLock() {
    if (!m_holder.isEmpty())
        qCInfo(lcReconcile).noquote() << "releasing the push lock of" << m_month;
    try {
        if (isHeld())
            m_db.exec(QStringLiteral("DELETE FROM push_locks WHERE month = ? AND holder = ?"), {m_month, m_holder},
                      QStringLiteral("release the push lock of %1").arg(m_month));
        if (m_db.dialect() == Database::Dialect::Postgres && isHeld())
            m_db.scalar(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(kLockNamespace).arg(monthKey(m_month)),
                        {}, QStringLiteral("release the push lock of %1").arg(m_month));
    } catch (const UserError& e) {
        qCWarning(lcReconcile).noquote()
            << "the push lock of" << m_month << "was not released in the database:" << e.message();
        // The database is gone: a PostgreSQL session lock went with it, and the lock file below
        // is released regardless; the holder row is overwritten by the next writer.
    }
    if (m_file)
        m_file->unlock();
}

std::unique_ptr<PushLock> PushLock::tryAcquire(Database& db, const QString& month, const QString& holder,
                                               QString* heldBy) {
    std::unique_ptr<PushLock> lock(new PushLock(db, month, holder));
    bool got = false;
    if (db.dialect() == Database::Dialect::Postgres) {
        got = db.scalar(QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)").arg(kLockNamespace).arg(monthKey(month)),
                        {}, QStringLiteral("take the push lock of %1").arg(month))
                  .toBool();
        lock->m_connectionGeneration = db.connectionGeneration();
    } else {
        lock->m_file = std::make_unique<QLockFile>(lockFilePath(db, month));
        lock->m_file->setStaleLockTime(0); // stale only when its owner is no longer running
        got = lock->m_file->tryLock(0);
        if (got)
            QFile::setPermissions(lockFilePath(db, month), QFile::ReadOwner | QFile::WriteOwner);
        else if (lock->m_file->error() == QLockFile::PermissionError)
            throw UserError(QStringLiteral("cannot create the push lock %1: permission denied")
                                .arg(lockFilePath(db, month)));
    }
    if (!got) {
        if (heldBy)
            *heldBy = whoHolds(db, month);
        lock->m_file.reset(); // not ours: the destructor must not touch it
        lock->m_holder.clear();
        return nullptr;
    }
    lock->recordHolder();
    return lock;
}

bool PushLock::isHeld() const {
    if (m_db.dialect() == Database::Dialect::Postgres)
        return !m_holder.isEmpty() && m_db.connectionGeneration() == m_connectionGeneration;
    return m_file && m_file->isLocked();
}

void PushLock::recordHolder() {
    m_db.exec(QStringLiteral("INSERT INTO push_locks (month, holder, since) VALUES (?, ?, ?) "
                             "ON CONFLICT (month) DO UPDATE SET holder = excluded.holder, since = excluded.since"),
              {m_month, m_holder, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
              QStringLiteral("record who pushes %1").arg(m_month));
}

QString PushLock::whoHolds(Database& db, const QString& month) {
    QSqlQuery q = db.exec(QStringLiteral("SELECT holder, since FROM push_locks WHERE month = ?"), {month},
                          QStringLiteral("read who pushes %1").arg(month));
    if (!q.next())
        return QStringLiteral("another InvoiceLink process");
    const QDateTime since = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    return QStringLiteral("%1 since %2 UTC").arg(q.value(0).toString(), since.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace il
