#include "exact/TokenVault.h"

#include "errors/UserError.h"

namespace il {

QCoro::Task<ExactTokens> TokenVault::load() {
    ExactTokens t;
    t.refreshToken = (co_await m_store.read(RefreshTokenKey)).value_or(QString()).trimmed();
    t.accessToken = (co_await m_store.read(AccessTokenKey)).value_or(QString()).trimmed();
    const QString at = (co_await m_store.read(ObtainedAtKey)).value_or(QString()).trimmed();
    t.obtainedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (t.obtainedAt.isValid())
        t.obtainedAt = t.obtainedAt.toUTC();
    co_return t;
}

QCoro::Task<> TokenVault::save(ExactTokens t) {
    co_await m_store.write(RefreshTokenKey, t.refreshToken);
    co_await m_store.write(ObtainedAtKey, t.obtainedAt.toUTC().toString(Qt::ISODateWithMs));
    co_await m_store.write(AccessTokenKey, t.accessToken);
}

QCoro::Task<> TokenVault::saveRefreshToken(QString refreshToken) {
    co_await m_store.write(RefreshTokenKey, refreshToken);
}

QCoro::Task<> TokenVault::clear() {
    co_await m_store.remove(AccessTokenKey);
    co_await m_store.remove(ObtainedAtKey);
    co_await m_store.remove(RefreshTokenKey);
}

QCoro::Task<QString> TokenVault::clientSecret() {
    const QString secret = (co_await m_store.read(ClientSecretKey)).value_or(QString()).trimmed();
    if (secret.isEmpty())
        throw UserError(QStringLiteral("The Exact Online client secret is not set"),
                        Remedy::setSecret(ClientSecretKey));
    co_return secret;
}

} // namespace il
