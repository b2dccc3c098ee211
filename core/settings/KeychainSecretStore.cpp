#include "settings/KeychainSecretStore.h"

#include "log/LogCategories.h"
#include "errors/UserError.h"

#include <QCoroSignal>
#include <qt6keychain/keychain.h>

#include <memory>

namespace il {
namespace {

// Jobs are owned here (autoDelete off) so the coroutine can read the result after finished().
template<typename JobT>
std::unique_ptr<JobT> makeJob(const QString& key) {
    auto job = std::make_unique<JobT>(KeychainSecretStore::serviceName());
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    return job;
}

QCoro::Task<> run(QKeychain::Job* job) {
    // start() may finish synchronously on some backends; queue it so the signal is awaited first.
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
    co_await qCoro(job, &QKeychain::Job::finished);
}

UserError keychainError(const QString& what, const QString& name, const QKeychain::Job& job) {
    return UserError(QStringLiteral("The keychain could not %1 the secret %2: %3")
                         .arg(what, name, job.errorString().isEmpty() ? QStringLiteral("unknown error")
                                                                       : job.errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString connection) : m_connection(std::move(connection)) {}

QCoro::Task<std::optional<QString>> KeychainSecretStore::read(QString name) {
    auto job = makeJob<QKeychain::ReadPasswordJob>(key(name));
    co_await run(job.get());
    // The name only: the value is a secret and never reaches a log. Reads that find their secret
    // happen before every request (the token vault) and would drown the log: only misses.
    if (job->error() == QKeychain::EntryNotFound) {
        qCDebug(lcSettings).noquote() << "keychain: no" << name << "stored";
        co_return std::nullopt;
    }
    if (job->error() != QKeychain::NoError)
        throw keychainError(QStringLiteral("read"), name, *job);
    co_return job->textData();
}

QCoro::Task<> KeychainSecretStore::write(QString name, QString value) {
    auto job = makeJob<QKeychain::WritePasswordJob>(key(name));
    job->setTextData(value);
    co_await run(job.get());
    qCDebug(lcSettings).noquote() << "keychain: stored" << name;
    if (job->error() != QKeychain::NoError)
        throw keychainError(QStringLiteral("store"), name, *job);
}

QCoro::Task<> KeychainSecretStore::remove(QString name) {
    auto job = makeJob<QKeychain::DeletePasswordJob>(key(name));
    co_await run(job.get());
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        throw keychainError(QStringLiteral("delete"), name, *job);
}

} // namespace il
