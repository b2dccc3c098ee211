#include "exact/Pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace il {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString Pkce::randomText(int bytes) {
    QByteArray raw;
    raw.reserve(bytes);
    // system(): the operating system's cryptographic source, not the seeded global generator.
    while (raw.size() < bytes) {
        const quint32 word = QRandomGenerator::system()->generate();
        for (int shift = 0; shift < 32 && raw.size() < bytes; shift += 8)
            raw.append(char((word >> shift) & 0xff));
    }
    return QString::fromLatin1(raw.toBase64(kBase64Url));
}

QString Pkce::challengeFor(const QString& verifier) {
    const QByteArray hash = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toBase64(kBase64Url));
}

Pkce Pkce::generate() {
    Pkce p;
    p.verifier = randomText(VerifierBytes);
    p.challenge = challengeFor(p.verifier);
    return p;
}

bool Pkce::isValidVerifier(const QString& verifier) {
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return unreserved.match(verifier).hasMatch();
}

} // namespace il
