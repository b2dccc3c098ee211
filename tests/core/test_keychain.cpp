#include "errors/ApiError.h"
#include "async/RunSync.h"
#include "settings/KeychainSecretStore.h"

#include <QUuid>
#include <gtest/gtest.h>

using il::KeychainSecretStore;
using il::runSync;

// Runs against the Secret Service of the private D-Bus session that .ci/run and `make test`
// start (shared/HOWTO.md). A machine without one fails here with the keychain's own message.
TEST(Keychain, WritesReadsAndDeletesASecret) {
    KeychainSecretStore store(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString value = QStringLiteral("s3cr3t!IAAA-") + QUuid::createUuid().toString();

    ASSERT_NO_THROW(runSync(store.write(QStringLiteral("exact.refresh_token"), value)));
    EXPECT_EQ(runSync(store.read(QStringLiteral("exact.refresh_token"))), std::optional<QString>(value));
    EXPECT_EQ(runSync(store.read(QStringLiteral("exact.client_secret"))), std::nullopt);

    runSync(store.remove(QStringLiteral("exact.refresh_token")));
    EXPECT_EQ(runSync(store.read(QStringLiteral("exact.refresh_token"))), std::nullopt);
    EXPECT_NO_THROW(runSync(store.remove(QStringLiteral("exact.refresh_token")))); // idempotent
}

TEST(Keychain, ConnectionsDoNotShareSecrets) {
    const QString suffix = QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore a(QStringLiteral("a-") + suffix), b(QStringLiteral("b-") + suffix);
    runSync(a.write(QStringLiteral("connectwise.private_key"), QStringLiteral("only-a")));
    EXPECT_EQ(runSync(b.read(QStringLiteral("connectwise.private_key"))), std::nullopt);
    runSync(a.remove(QStringLiteral("connectwise.private_key")));
}
