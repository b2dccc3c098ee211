#include "common/ErrorText.h"

#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"

#include <QCoreApplication>

namespace il::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("il::ui::ErrorText", text);
}

} // namespace

QString ErrorText::describe(const std::exception& e) {
    if (dynamic_cast<const Cancelled*>(&e))
        return tr("The operation was cancelled.");
    if (const auto* user = dynamic_cast<const UserError*>(&e))
        return withRemedy(user->message(), user->remedy());
    if (const auto* api = dynamic_cast<const ApiError*>(&e))
        return withRemedy(api->message(), api->remedy());
    return QString::fromUtf8(e.what());
}

QString ErrorText::withRemedy(const QString& problem, const Remedy& remedy) {
    const QString advice = ErrorText::remedy(remedy);
    if (advice.isEmpty())
        return problem;
    // Core's messages are clauses without a full stop; the remedy is a sentence of its own.
    const bool ended = problem.endsWith(u'.') || problem.endsWith(u'!') || problem.endsWith(u'?');
    return problem + (ended ? QStringLiteral(" ") : QStringLiteral(". ")) + advice;
}

QString ErrorText::remedy(const Remedy& remedy) {
    using A = Remedy::Action;
    switch (remedy.action) {
    case A::None:
        return {};
    case A::SignInToExact:
        return tr("Sign in on the Exact Online page of Settings (Settings → Exact Online → Sign in).");
    case A::RetryExactSignIn:
        return tr("Sign in again on the Exact Online page of Settings.");
    case A::RetryExactSignInPasteSooner:
        return tr("Sign in again on the Exact Online page of Settings and paste the address within 3 "
                  "minutes.");
    case A::RetryExactSignInPasteNewAddress:
        return tr("Sign in again on the Exact Online page of Settings and paste the address that sign-in "
                  "shows.");
    case A::KeepExactSignInAlive:
        return tr("Load any month before then to keep it.");
    case A::SetSecret:
        return setSecret(remedy.argument);
    case A::SetSecrets:
        if (remedy.argument.startsWith(QLatin1String("connectwise.")))
            return tr("Enter them on the ConnectWise page of Settings.");
        return tr("Store them in the keychain.");
    case A::VerifyTransferLog:
        return tr("Check the log with Verify log in the transfer log window.");
    }
    return {};
}

QString ErrorText::setSecret(const QString& name) {
    // The secrets the Settings pages have a field for; any other is named as stored.
    if (name == u"exact.client_secret")
        return tr("Enter the Exact Online client secret on the Exact Online page of Settings.");
    if (name == u"connectwise.private_key")
        return tr("Enter the ConnectWise private key on the ConnectWise page of Settings.");
    if (name == u"connectwise.public_key")
        return tr("Enter the ConnectWise public key on the ConnectWise page of Settings.");
    if (name == u"connectwise.client_id")
        return tr("Enter the ConnectWise client ID on the ConnectWise page of Settings.");
    if (name == u"database.password")
        return tr("Enter the database password on the Database page of Settings.");
    return tr("Store the secret %1 in the keychain.").arg(name);
}

} // namespace il::ui
