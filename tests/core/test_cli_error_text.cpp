// Issue 9 point 7: core's errors name a remedy instead of a command; the command line words the
// remedy (app/cli/CliErrorText) so that what it prints stays word for word what it printed when
// core wrote the command into the message. The errors here are thrown by core itself.
#include "CliErrorText.h"

#include "exact/ExactConnection.h"
#include "exact/ExactSignIn.h"
#include "exact/TokenVault.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "settings/MemorySecretStore.h"

#include <gtest/gtest.h>

using namespace il;

namespace {

template <typename F> UserError caught(F f) {
    try {
        f();
    } catch (const UserError& e) {
        return e;
    }
    return UserError(QStringLiteral("(no UserError)"));
}

} // namespace

TEST(CliErrorText, APastedAddressOfAnotherAttemptSaysRunLoginAgainAsBefore) {
    const UserError e = caught([] {
        ExactSignIn::codeFromRedirect(QStringLiteral("https://invoicelink.example/exact?code=abc&state=theirs"),
                                      QStringLiteral("ours"));
    });
    EXPECT_FALSE(e.message().contains(QStringLiteral("invoicelink-cli"))) << e.what();
    EXPECT_EQ(e.remedy().action, Remedy::Action::RetryExactSignInPasteNewAddress);
    EXPECT_EQ(CliErrorText::describe(e),
              QStringLiteral("The pasted address belongs to another sign-in attempt (its state does not match); "
                             "run `invoicelink-cli auth login` again and paste the new address"));
}

TEST(CliErrorText, AMissingClientSecretSaysWhichSecretToSetAsBefore) {
    MemorySecretStore store;
    TokenVault vault(store);
    const UserError e = caught([&] { runSync(vault.clientSecret()); });
    EXPECT_FALSE(e.message().contains(QStringLiteral("invoicelink-cli"))) << e.what();
    EXPECT_EQ(e.remedy(), Remedy::setSecret(QStringLiteral("exact.client_secret")));
    EXPECT_EQ(CliErrorText::describe(e), QStringLiteral("The Exact Online client secret is not set; run "
                                                        "`invoicelink-cli secret set exact.client_secret` "
                                                        "(value on stdin)"));
}

TEST(CliErrorText, TheExpiryWarningNamesTheKeepAliveCommandAsBefore) {
    const QString warning = ExactConnection::expiryWarning(5);
    EXPECT_FALSE(warning.contains(QStringLiteral("invoicelink-cli")));
    EXPECT_EQ(CliErrorText::withRemedy(warning, Remedy::of(Remedy::Action::KeepExactSignInAlive)),
              QStringLiteral("The Exact Online sign-in expires in 5 day(s) unless used; run `invoicelink-cli auth "
                             "keepalive` (or any load) before then"));
}

TEST(CliErrorText, AnErrorWithoutRemedyAndACancelPrintAsBefore) {
    EXPECT_EQ(CliErrorText::describe(UserError(QStringLiteral("--month wants YYYY-MM"))),
              QStringLiteral("--month wants YYYY-MM"));
    EXPECT_EQ(CliErrorText::describe(Cancelled()), QStringLiteral("cancelled"));
}
