#include "CliErrorText.h"

#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"

QString CliErrorText::describe(const std::exception& e) {
    if (dynamic_cast<const il::Cancelled*>(&e))
        return QStringLiteral("cancelled");
    if (const auto* user = dynamic_cast<const il::UserError*>(&e))
        return withRemedy(user->message(), user->remedy());
    if (const auto* api = dynamic_cast<const il::ApiError*>(&e))
        return withRemedy(api->message(), api->remedy());
    return QString::fromUtf8(e.what());
}

QString CliErrorText::withRemedy(const QString& problem, const il::Remedy& remedy) {
    return problem + remedySuffix(remedy);
}

QString CliErrorText::remedySuffix(const il::Remedy& remedy) {
    // Worded as the messages were before core stopped naming commands: scripts and users that
    // know them see the same lines.
    using A = il::Remedy::Action;
    switch (remedy.action) {
    case A::None:
        return {};
    case A::SignInToExact:
        if (remedy.argument.isEmpty())
            return QStringLiteral("; run `invoicelink-cli auth login`");
        return QStringLiteral("; run `invoicelink-cli auth login` (or set %1 with `invoicelink-cli secret set %1`)")
            .arg(remedy.argument);
    case A::RetryExactSignIn:
        return QStringLiteral("; run `invoicelink-cli auth login` again");
    case A::RetryExactSignInPasteSooner:
        return QStringLiteral("; run `invoicelink-cli auth login` again and paste sooner");
    case A::RetryExactSignInPasteNewAddress:
        return QStringLiteral("; run `invoicelink-cli auth login` again and paste the new address");
    case A::KeepExactSignInAlive:
        return QStringLiteral("; run `invoicelink-cli auth keepalive` (or any load) before then");
    case A::SetSecret:
        return QStringLiteral("; run `invoicelink-cli secret set %1` (value on stdin)").arg(remedy.argument);
    case A::SetSecrets:
        return QStringLiteral(" (invoicelink-cli secret set NAME)");
    case A::VerifyTransferLog:
        return QStringLiteral(" (run `invoicelink-cli log verify`)");
    }
    return {};
}
