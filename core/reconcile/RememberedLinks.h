#pragma once

#include "domain/Link.h"

#include <QHash>
#include <QString>

namespace il {

// Links remembered from earlier months (LinkStore), keyed the way the linker looks them up.
struct RememberedLinks {
    QHash<QString, CustomerLink> customers; // by customer key
    QHash<QString, LineLink> lines;         // by lineKey(customer key, item code)

    static QString lineKey(const QString& customerKey, const QString& itemCode) {
        return customerKey + QChar(0x1f) + itemCode.trimmed().toCaseFolded();
    }
    void add(const CustomerLink& link) { customers.insert(link.customerKey, link); }
    void add(const LineLink& link) { lines.insert(lineKey(link.customerKey, link.itemCode), link); }
};

} // namespace il
