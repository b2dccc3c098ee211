#pragma once

#include <QString>
#include <QStringList>

namespace il {

// What the user can do about a UserError, said without words: each front end words it in its own
// terms (the command line names a command, the window a page of Settings) and language. The
// error's message says only what is wrong.
struct Remedy {
    enum class Action {
        None,               // nothing beyond what the message says
        SignInToExact,      // sign in to Exact Online (again); `argument`: a secret that may be set instead
        RetryExactSignIn,   // this sign-in attempt failed: start a new one
        RetryExactSignInPasteSooner,     // ... and paste the address within Exact's 3 minutes
        RetryExactSignInPasteNewAddress, // ... and paste the address of that new attempt
        KeepExactSignInAlive, // use the sign-in (a keep-alive or any load) before it expires
        SetSecret,          // store the secret named `argument`
        SetSecrets,         // store the secrets `argument` lists ("a, b"), found missing together
        VerifyTransferLog,  // check the transfer log's hash chain
    };

    Action action = Action::None;
    QString argument;

    static Remedy none() { return {}; }
    static Remedy signInToExact(QString orSetSecret = {}) { return {Action::SignInToExact, std::move(orSetSecret)}; }
    static Remedy setSecret(QString name) { return {Action::SetSecret, std::move(name)}; }
    static Remedy setSecrets(const QStringList& names) { return {Action::SetSecrets, names.join(u", ")}; }
    static Remedy of(Action action) { return {action, {}}; }

    bool isNone() const { return action == Action::None; }
    friend bool operator==(const Remedy&, const Remedy&) = default;
};

} // namespace il
