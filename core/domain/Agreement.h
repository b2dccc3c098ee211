#pragma once

#include <QDate>
#include <QString>

namespace il {

// A ConnectWise agreement (/finance/agreements).
struct Agreement {
    int id = 0;
    QString name;
    int companyId = 0;
    QString companyIdentifier;
    QString companyName;
    int typeId = 0;
    QString typeName;
    QString status; // agreementStatus: Active, Cancelled, Expired, Inactive
    QDate startDate;
    QDate endDate; // null when noEndingDateFlag
    bool cancelled = false;
    QString lastUpdated; // _info.lastUpdated as sent
};

} // namespace il
