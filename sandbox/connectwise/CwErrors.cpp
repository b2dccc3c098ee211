#include "sandbox/connectwise/CwErrors.h"

#include <QJsonDocument>

namespace il::sandbox {

SandboxResponse CwErrors::error(int status, const QString& code, const QString& message,
                                const QJsonArray& errors) {
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    // ConnectWise writes "errors":null when there are none (DG's SSL example).
    body.insert(QStringLiteral("errors"),
                errors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errors));
    return SandboxResponse::json(status, QJsonDocument(body));
}

SandboxResponse CwErrors::invalidObject(const QString& message, const QJsonArray& errors) {
    return error(400, QStringLiteral("InvalidObject"), message, errors);
}

QJsonObject CwErrors::validationError(const QString& code, const QString& message, const QString& resource,
                                      const QString& field) {
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("resource"), resource},
                       {QStringLiteral("field"), field}};
}

SandboxResponse CwErrors::notFound(const QString& message) {
    return error(404, QStringLiteral("NotFound"), message);
}

SandboxResponse CwErrors::unauthorized() {
    // CTC special-cases code "Unauthorized"; the text is what docs.xyte.io quotes.
    return error(401, QStringLiteral("Unauthorized"),
                 QStringLiteral("Incorrect public/private key or company id"));
}

SandboxResponse CwErrors::missingClientId(bool present) {
    return error(400, QStringLiteral("InvalidObject"),
                 present ? QStringLiteral("The clientId header holds an unregistered clientId")
                         : QStringLiteral("The clientId header is required; register one at "
                                          "https://developer.connectwise.com/ClientID"));
}

SandboxResponse CwErrors::securityDenied() {
    return error(403, QStringLiteral("Security"),
                 QStringLiteral("You do not have security permission to perform this action."));
}

SandboxResponse CwErrors::tooManyRequests(int retryAfterSeconds) {
    const QJsonObject body{
        {QStringLiteral("error"), QStringLiteral("ConnectWiseAPI")},
        {QStringLiteral("message"),
         QStringLiteral("Too many requests. Please try again in %1 seconds.").arg(retryAfterSeconds)}};
    SandboxResponse r = SandboxResponse::json(429, QJsonDocument(body));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

SandboxResponse CwErrors::methodNotAllowed(const QByteArray& method) {
    return error(405, QStringLiteral("MethodNotAllowed"),
                 QStringLiteral("The requested resource does not support http method '%1'.")
                     .arg(QString::fromLatin1(method)));
}

SandboxResponse CwErrors::unsupportedVersion(const QString& uri, const QString& version) {
    // The words ConnectWise sends (connectwise-rest issue #35); they are ASP.NET Web API
    // Versioning's UnsupportedApiVersion text, which that library answers with 400.
    return error(400, QStringLiteral("ConnectWiseApi"),
                 QStringLiteral("The HTTP resource that matches the request URI '%1' does not support the "
                                "API version '%2'.")
                     .arg(uri, version));
}

} // namespace il::sandbox
