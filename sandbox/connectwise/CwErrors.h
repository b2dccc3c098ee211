#pragma once

#include "sandbox/SandboxHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace il::sandbox {

// The error bodies ConnectWise sends (connectwise.md §2.3, §6.5): {code, message, errors[]} for
// most failures, and the different {error, message} shape of a 429.
class CwErrors {
public:
    static SandboxResponse error(int status, const QString& code, const QString& message,
                                 const QJsonArray& errors = {});
    // 400 InvalidObject with one ValidationError per problem.
    static SandboxResponse invalidObject(const QString& message, const QJsonArray& errors);
    static QJsonObject validationError(const QString& code, const QString& message, const QString& resource,
                                       const QString& field);
    static SandboxResponse notFound(const QString& message);
    static SandboxResponse unauthorized();
    static SandboxResponse missingClientId(bool present);
    static SandboxResponse securityDenied();
    static SandboxResponse tooManyRequests(int retryAfterSeconds);
    static SandboxResponse methodNotAllowed(const QByteArray& method);
    // 400 for a model version the tenant does not serve (connectwise-rest issue #35).
    static SandboxResponse unsupportedVersion(const QString& uri, const QString& version);
};

} // namespace il::sandbox
