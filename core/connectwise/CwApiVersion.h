#pragma once

#include <QString>

namespace il {

class ApiError;

// The ConnectWise model version pinned in Accept (connectwise.md §1.3): the setting
// connectwise/api_version, its form (YYYY.N, the PSA release since 2019.1) and ConnectWise's
// refusal of a version it does not serve, turned into words that name the setting.
class CwApiVersion {
public:
    // The newest model version every request of this client was checked against (issue 8:
    // the 2025.1 OpenAPI models); the default of connectwise/api_version.
    static constexpr const char* Checked = "2025.1";
    static constexpr const char* SettingKey = "connectwise/api_version";

    // Why `version` cannot be sent, naming the setting and the value; empty when it is YYYY.N.
    static QString problem(const QString& version);
    // The Accept header for every API call: the ConnectWise media type first, since
    // ConnectWise only reads the version from the first media range (connectwise-rest PR #19).
    static QByteArray acceptHeader(const QString& version);
    // ConnectWise's answer to a version it does not serve for the endpoint: 400 with
    // "… does not support the API version '…'" (docs/decisions.md).
    static bool isRefusal(const ApiError& error);
    // What to tell the user when `version` was refused; `serverVersion` is the tenant's own
    // release from login/companyinfo ("v2024.2"), empty when unknown.
    static QString refusalHint(const QString& version, const QString& serverVersion);
};

} // namespace il
