#include "log/LogRedact.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace il {

namespace {

// Names that carry a credential in either API or in OAuth (RFC 6749, RFC 7636). Matched
// case-insensitively; anything containing "secret", "password" or "token" counts too, except the
// OData paging cursor, which is no credential and which a reader of the log needs.
const QSet<QString>& secretNames() {
    static const QSet<QString> names{
        QStringLiteral("code"),          QStringLiteral("code_verifier"), QStringLiteral("client_secret"),
        QStringLiteral("refresh_token"), QStringLiteral("access_token"),  QStringLiteral("id_token"),
        QStringLiteral("token"),         QStringLiteral("password"),      QStringLiteral("pwd"),
        QStringLiteral("private_key"),   QStringLiteral("privatekey"),    QStringLiteral("public_key"),
        QStringLiteral("api_key"),       QStringLiteral("apikey"),        QStringLiteral("key"),
        QStringLiteral("secret"),        QStringLiteral("assertion"),     QStringLiteral("signature"),
        QStringLiteral("sig"),           QStringLiteral("state"),         QStringLiteral("authorization")};
    return names;
}

} // namespace

bool LogRedact::isSecretName(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String("$skiptoken"))
        return false;
    return secretNames().contains(n) || n.contains(QLatin1String("secret")) ||
           n.contains(QLatin1String("password")) || n.contains(QLatin1String("token"));
}

QString LogRedact::url(const QUrl& url) {
    QUrl out = url;
    out.setUserInfo(QString());
    if (out.hasFragment())
        out.setFragment(QString(Mask));
    if (out.hasQuery()) {
        QUrlQuery query(out);
        // Pretty-decoded, so a value keeps the escapes of its own '&', '=' and '%' when set back.
        QList<QPair<QString, QString>> items = query.queryItems();
        for (auto& item : items)
            if (isSecretName(QUrl::fromPercentEncoding(item.first.toUtf8())))
                item.second = QString(Mask);
        QUrlQuery redacted;
        redacted.setQueryItems(items);
        out.setQuery(redacted);
    }
    // Readable (quotes and brackets decoded) but one word: spaces stay %20, so a log reader can
    // split a line on blanks and copy the address.
    return out.toDisplayString(QUrl::EncodeSpaces);
}

QString LogRedact::text(const QString& text) {
    static const QRegularExpression scheme(QStringLiteral(R"((\b(?:Bearer|Basic)\s+)[^\s"',;]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pair(
        QStringLiteral(R"(([A-Za-z_$][A-Za-z0-9_.$-]*)("?\s*[=:]\s*)("?)([^&\s"',;}]*))"));
    QString out = text;
    out.replace(scheme, QStringLiteral("\\1***"));
    // key=value, key: value and "key": "value": the name decides, the value is masked.
    QString result;
    qsizetype last = 0;
    auto it = pair.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!isSecretName(name) || m.capturedLength(4) == 0 || m.captured(4) == Mask)
            continue;
        result += QStringView(out).mid(last, m.capturedStart(4) - last);
        result += Mask;
        last = m.capturedEnd(4);
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace il
