#pragma once

#include "settings/SecretStore.h"

namespace il {

// Secrets in the OS keychain through QtKeychain, with the insecure plaintext fallback off.
// Keys are namespaced per connection ("<connection>/<name>") so two configurations on one
// machine never share a token.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString connection);

    QCoro::Task<std::optional<QString>> read(QString name) override;
    QCoro::Task<> write(QString name, QString value) override;
    QCoro::Task<> remove(QString name) override;
    QString kind() const override { return QStringLiteral("keychain"); }

    static QString serviceName() { return QStringLiteral("InvoiceLink"); }

private:
    QString key(const QString& name) const { return m_connection + u'/' + name; }
    QString m_connection;
};

} // namespace il
