#include "sandbox/exact/ExactEntities.h"

#include "sandbox/exact/ExactEntrySets.h"
#include "sandbox/exact/ExactLookupSets.h"
#include "sandbox/exact/ExactPurchaseSets.h"
#include "sandbox/exact/ExactSalesSets.h"

#include <QDateTime>

namespace il::sandbox {

QJsonValue ExactEntities::date(const QDate& d) {
    if (!d.isValid())
        return QJsonValue::Null;
    return toWireDate(QDateTime(d, QTime(0, 0), Qt::UTC));
}

QJsonValue ExactEntities::number(const Decimal& d) {
    return d.toString().toDouble();
}

QJsonValue ExactEntities::guid(const QString& g) {
    return g.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g);
}

QJsonValue ExactEntities::text(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

const QList<ExactEntitySet>& ExactEntities::all() {
    static const QList<ExactEntitySet> sets = {
        ExactLookupSets::divisions(),     ExactPurchaseSets::purchaseInvoices(), ExactPurchaseSets::purchaseInvoiceLines(),
        ExactSalesSets::salesInvoices(),  ExactSalesSets::salesInvoiceLines(),   ExactLookupSets::items(),
        ExactLookupSets::accounts(),      ExactLookupSets::projects(),           ExactLookupSets::vatCodes(),
        ExactEntrySets::purchaseEntries(), ExactEntrySets::purchaseEntryLines()};
    return sets;
}

const ExactEntitySet* ExactEntities::find(const QString& path) {
    for (const ExactEntitySet& s : all())
        if (s.path.compare(path, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace il::sandbox
