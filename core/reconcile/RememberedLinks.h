#pragma once

#include "reconcile/LinkOrigin.h"

#include <QHash>
#include <QString>

namespace il {

// Links remembered from earlier months (LinkStore), as the linker reads them.
struct RememberedLinks {
    struct Customer {
        int companyId = 0;
        LinkOrigin origin = LinkOrigin::None;
    };
    struct Line {
        int companyId = 0;
        int agreementId = 0;
        QString productIdentifier;
        LinkOrigin origin = LinkOrigin::None;
    };
    QHash<QString, Customer> customers; // by customer key
    QHash<QString, Line> lines;         // by lineKey(customer key, item code)

    static QString lineKey(const QString& customerKey, const QString& itemCode) {
        return customerKey + QChar(0x1f) + itemCode.trimmed().toCaseFolded();
    }
};

} // namespace il
