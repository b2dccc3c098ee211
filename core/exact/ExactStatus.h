#pragma once

#include "errors/Remedy.h"
#include "exact/ExactAccess.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace il {

// What `auth status` shows for Exact Online.
struct ExactStatus {
    QString userId;
    QString userName; // FullName
    QString email;
    int currentDivision = 0; // the user's current division in Exact
    int division = 0;        // the division InvoiceLink reads (exact/division, else the current one)
    QString divisionName;
    QStringList missingRights; // endpoints the source needs that users/UserHasRights denies
    // system/Divisions and every endpoint the configured load reads: readable, missing scope or
    // no right (ExactAccessCheck), so a missing scope is shown, not a failed status.
    QList<ExactAccess> access;
    qint64 tokenAgeSeconds = -1;
    std::optional<qint64> refreshTokenDaysLeft; // unknown for a refresh token set by hand
    QString warning;                            // e.g. the sign-in expiring soon unless used
    Remedy warningRemedy;                       // what keeps the warning from coming true
};

} // namespace il
