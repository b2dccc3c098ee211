#pragma once

#include <QString>
#include <QUrl>

namespace il {

// Where a bearer token, an API key or an authorization code may travel (issue 7 point 4): to any
// host over https, and over plain http only to this machine (127.0.0.0/8, ::1, localhost), where
// nothing crosses a network. The sandbox and the tests live on loopback; every real host is
// reached over TLS, so a mistyped http:// in a setting can never send a secret in clear text.
class SecureAddress {
public:
    static bool isLoopbackHost(const QString& host);
    // https to any host, http to a loopback host; nothing else (no other scheme, no empty host).
    static bool allowed(const QUrl& url);

    // Why `value`, the text of the address setting `setting`, cannot be used, or empty when it
    // can (an empty value is "not set", which the caller reports): "exact/base_url 'x' is not a
    // valid address: …" or the refusal of insecureMessage().
    static QString problem(const QString& setting, const QString& value);
    // The same for a URL about to be called; empty when allowed().
    static QString problem(const QString& setting, const QUrl& url);
    // "connectwise/site http://cw.example.com must use https; http is allowed only for loopback
    // addresses (127.0.0.1, ::1, localhost)". Without a setting: "the address http://… must …".
    static QString insecureMessage(const QString& setting, const QUrl& url);
    // "http://cw.example.com:8080": the scheme and authority, never a path or a query that may
    // carry a code or a token.
    static QString origin(const QUrl& url);
};

} // namespace il
