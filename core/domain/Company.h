#pragma once

#include <QString>

namespace il {

// A ConnectWise company (/company/companies).
struct Company {
    int id = 0;
    QString identifier;
    QString name;
    QString status;
    bool deleted = false; // deletedFlag: never matched by the linker
};

} // namespace il
