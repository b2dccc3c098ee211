#pragma once

#include <QString>
#include <QUrl>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <functional>

namespace il {

// How the authorization code comes back from the browser (DESIGN §3 Exact Online sign-in).
struct SignInOptions {
    enum class Delivery {
        Auto,     // loopback for http://127.0.0.1:PORT/... redirect URIs, paste for https ones
        Loopback, // a local listener on the redirect URI's port receives the browser's redirect
        Paste,    // the user pastes the address the browser shows after signing in
    };
    Delivery delivery = Delivery::Auto;
    // Opens (or shows) the authorization URL; tests "are the browser" here.
    std::function<void(const QUrl&)> openBrowser;
    // Paste delivery: returns the address the browser shows after the redirect.
    std::function<QCoro::Task<QString>()> askForRedirectAddress;
    // How long the loopback listener waits for the browser.
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
};

} // namespace il
