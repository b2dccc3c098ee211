#pragma once

#include "settings/SecretStore.h"

#include <QMap>

namespace il {

// Secrets held in memory only: the demo (which must never touch a real keychain) and tests.
class MemorySecretStore : public SecretStore {
public:
    QCoro::Task<std::optional<QString>> read(QString name) override {
        auto it = m_values.constFind(name);
        co_return it == m_values.cend() ? std::nullopt : std::optional<QString>(*it);
    }
    QCoro::Task<> write(QString name, QString value) override {
        m_values.insert(name, value);
        co_return;
    }
    QCoro::Task<> remove(QString name) override {
        m_values.remove(name);
        co_return;
    }
    QString kind() const override { return QStringLiteral("memory"); }

private:
    QMap<QString, QString> m_values;
};

} // namespace il
