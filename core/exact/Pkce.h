#pragma once

#include <QString>

namespace il {

// Proof Key for Code Exchange (RFC 7636, S256) and the sign-in's `state`: an intercepted
// authorization code is useless without the verifier that never left this process, and a
// forged redirect cannot guess the state. Exact documents neither check (api/exact-online.md
// §1.8) but accepts the extra parameters; the sandbox enforces PKCE as RFC 7636 describes.
class Pkce {
public:
    static constexpr int VerifierBytes = 32; // 43 base64url characters, RFC 7636's minimum length
    static constexpr int StateBytes = 32;

    QString verifier;  // 43 unreserved characters
    QString challenge; // BASE64URL(SHA256(verifier)), no padding
    static constexpr const char* Method = "S256";

    // A fresh verifier from the system's entropy source, with its challenge.
    static Pkce generate();
    static QString challengeFor(const QString& verifier);
    // `bytes` of QRandomGenerator::system() entropy as unpadded base64url.
    static QString randomText(int bytes);
    // 43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1).
    static bool isValidVerifier(const QString& verifier);
};

} // namespace il
