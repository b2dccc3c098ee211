#pragma once

#include "errors/Remedy.h"

#include <QString>

namespace il {

// GET {site}/login/companyinfo/{company} (no auth): where the tenant's API lives.
struct CwCompanyInfo {
    QString companyName;
    QString companyId;
    QString codebase;      // "v2025_1/" with the trailing slash
    QString versionCode;   // "v2025.1"
    QString versionNumber; // "v4.6.98765"
    QString siteUrl;
    bool isCloud = false;
};

// GET /system/info.
struct CwSystemInfo {
    QString version; // "v2025.1.98765"
    bool isCloud = false;
    QString serverTimeZone;
    QString cloudRegion;
};

// What `auth status` shows for ConnectWise.
struct ConnectWiseStatus {
    QString site;    // the API host actually called
    QString company; // the login company id
    QString companyName;
    QString codebase;
    QString apiVersion;    // the model version this client pins in Accept
    QString serverVersion; // /system/info version
    bool isCloud = false;
};

// testConnection(): the first thing that is wrong, in words a user can act on.
struct ConnectionCheck {
    enum class Problem {
        None,
        Settings,     // site or company missing, or connectwise/api_version unusable or refused
        Url,          // companyinfo unreachable or not ConnectWise, or the API path is not there
        Company,      // companyinfo answered null: no such company id
        Keys,         // 401, or the key secrets are missing
        ClientId,     // 400 naming clientId, or the secret is missing
        SecurityRole, // 403
        Other
    };
    Problem problem = Problem::None;
    QString message;          // empty when fine
    Remedy remedy;            // what the user can do about it, worded by the front end
    ConnectWiseStatus status; // filled as far as the check got
    bool ok() const { return problem == Problem::None; }
};

} // namespace il
