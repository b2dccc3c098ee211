#pragma once

#include <QString>

namespace il {

// A ConnectWise contact (/company/contacts); an agreement needs one.
struct Contact {
    int id = 0;
    QString firstName;
    QString lastName;
    int companyId = 0;

    QString displayName() const { return (firstName + u' ' + lastName).trimmed(); }
};

} // namespace il
