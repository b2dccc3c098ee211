#pragma once

#include <QString>

namespace il {

// What `auth status` says about one resource the configured load reads.
struct ExactAccess {
    enum class State {
        Readable,     // a one-row probe answered and users/UserHasRights says yes
        MissingScope, // the app was not granted the resource's scope (403 Application Scope Violated)
        NoRight,      // users/UserHasRights says no: Exact would answer empty lists
        Failed,       // another error; detail says which
    };
    QString resource; // "system/Divisions", "purchase/PurchaseInvoices"
    State state = State::Readable;
    QString scope;  // readable scope name, for MissingScope
    QString detail; // the purpose (MissingScope) or the error (Failed)
};

} // namespace il
