#pragma once

#include <QString>
#include <qcoro/qcorotask.h>

#include <optional>

namespace il {

// Where secrets live: the OS keychain for real use, memory for the demo and some tests.
// Names are the contract ones: exact.client_secret, exact.refresh_token, exact.access_token,
// exact.token_obtained_at, connectwise.public_key, connectwise.private_key,
// connectwise.client_id, database.password; and transferlog.tip.<hash of the database URL>,
// the transfer log's anchor (TipAnchor), written by the program, never by `secret set`.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    // nullopt when no such secret; throws UserError when the store itself fails.
    virtual QCoro::Task<std::optional<QString>> read(QString name) = 0;
    virtual QCoro::Task<> write(QString name, QString value) = 0;
    virtual QCoro::Task<> remove(QString name) = 0;
    // "keychain" or "memory", for status output.
    virtual QString kind() const = 0;
};

} // namespace il
