#include "store/TipAnchor.h"

#include "errors/UserError.h"
#include "settings/SecretStore.h"
#include "store/Database.h"

#include <QCryptographicHash>

namespace il {

TipAnchor::TipAnchor(SecretStore& secrets, Database& db, const Clock& clock)
    : m_secrets(secrets)
    , m_db(db)
    , m_clock(clock)
    , m_name(secretName(db)) {}

QString TipAnchor::secretName(const Database& db) {
    // The cleaned file path for SQLite, so two spellings of one file share one anchor.
    const QString key =
        db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("sqlite://") + db.filePath() : db.url();
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("transferlog.tip.") + QString::fromLatin1(digest.left(12));
}

QString TipAnchor::origin() const {
    return QStringLiteral("this machine's anchor (%1 entry %2)").arg(m_secrets.kind(), m_name);
}

QCoro::Task<std::optional<LogTip>> TipAnchor::load() {
    const std::optional<QString> value = co_await m_secrets.read(m_name);
    if (!value)
        co_return std::nullopt;
    std::optional<LogTip> tip = LogTip::fromJson(*value);
    if (!tip)
        throw UserError(
            QStringLiteral("%1 is damaged: it is not {\"id\":…,\"hash\":…,\"at\":…}; the transfer log "
                           "of %2 cannot be checked against it")
                .arg(origin(), m_db.displayName()));
    co_return tip;
}

QCoro::Task<> TipAnchor::save(LogTip tip) {
    tip.at = m_clock.nowUtc();
    const QString value = tip.toJson();
    co_await m_secrets.write(m_name, value);
}

QCoro::Task<LogTip> TipAnchor::record() {
    const std::optional<LogTip> anchored = co_await load();
    LogVerifier verifier(m_db);
    const LogTip end = verifier.last();
    if (anchored) {
        if (const auto problem = verifier.mismatch(*anchored, origin()))
            throw UserError(
                QStringLiteral("the transfer log of %1 was not anchored: %2; the anchor stays at row %3")
                    .arg(m_db.displayName(), *problem)
                    .arg(anchored->id),
                Remedy::of(Remedy::Action::VerifyTransferLog));
        if (end.id <= anchored->id) {
            LogTip kept = *anchored;
            co_return kept;
        }
    }
    if (!end.isEmpty())
        co_await save(end);
    co_return end;
}

QCoro::Task<LogTip> TipAnchor::reset() {
    const LogTip end = LogVerifier(m_db).last();
    if (end.isEmpty())
        co_await m_secrets.remove(m_name);
    else
        co_await save(end);
    co_return end;
}

QCoro::Task<LogVerifier::Result> TipAnchor::verify(QList<LogVerifier::Expected> more) {
    const std::optional<LogTip> anchored = co_await load();
    QList<LogVerifier::Expected> expected;
    if (anchored) {
        QString from = origin();
        if (anchored->at.isValid())
            from.insert(from.size() - 1,
                        QStringLiteral(", taken %1").arg(anchored->at.toString(Qt::ISODate)));
        expected.append({*anchored, from});
    }
    expected.append(more);
    LogVerifier::Result result = LogVerifier(m_db).verify(expected);
    if (!anchored)
        result.notes.prepend(
            QStringLiteral("no anchor on this machine yet (%1 entry %2): the end of the log is "
                           "checked against the database's own record only")
                .arg(m_secrets.kind(), m_name));
    co_return result;
}

} // namespace il
