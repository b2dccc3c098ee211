#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace il {

// One page of an Exact Online OData v2 answer (api/exact-online.md §2.3), read strictly: a page
// that cannot be read completely fails the whole load instead of ending it early or empty.
//   {"d":{"results":[…], "__next":"…"}}  a list page; `__next` absent, null or "" on the last
//   {"d":{…}}                             one record without the results array
// Throws ApiError(Parse) naming the system and `what` ("GET purchase/PurchaseInvoices") when
// `d` is no object, `results` is no array, an element of `results` is no object, or `__next`
// is neither text nor null.
class ODataPage {
public:
    QList<QJsonObject> records;
    QString next; // empty on the last page

    static ODataPage read(const QJsonObject& document, const QString& system, const QString& what);
};

} // namespace il
