#include "exact/EmptyMonthHint.h"

#include "exact/ExactScopeError.h"
#include "exact/InvoiceSource.h"
#include "exact/ODataReader.h"
#include "errors/ApiError.h"

namespace il {

namespace {
bool isEntries(const QString& source) { return source == u"entries"; }
} // namespace

QString EmptyMonthHint::message(const QString& source, QDate first, int otherCount) {
    const QString month = first.toString(QStringLiteral("yyyy-MM"));
    if (isEntries(source))
        return QStringLiteral("Exact Online has no purchase entries for %1, but %2 %3 "
                              "(purchase/PurchaseInvoices): set [exact] source=purchase")
            .arg(month)
            .arg(otherCount)
            .arg(otherCount == 1 ? QStringLiteral("purchase invoice") : QStringLiteral("purchase invoices"));
    return QStringLiteral("Exact Online has no purchase invoices for %1, but %2 %3 "
                          "(purchaseentry/PurchaseEntries): set [exact] source=entries, with item_key=description "
                          "and item_pattern")
        .arg(month)
        .arg(otherCount)
        .arg(otherCount == 1 ? QStringLiteral("purchase entry") : QStringLiteral("purchase entries"));
}

QCoro::Task<QString> EmptyMonthHint::find(ODataReader& reader, QString source, QDate first, CancelToken cancel) {
    QString resource;
    QString key;
    QString dateField;
    if (isEntries(source)) {
        resource = QStringLiteral("purchase/PurchaseInvoices");
        key = QStringLiteral("ID");
        dateField = QStringLiteral("InvoiceDate");
    } else if (source == u"purchase" || source.isEmpty()) {
        resource = QStringLiteral("purchaseentry/PurchaseEntries");
        key = QStringLiteral("EntryID");
        dateField = QStringLiteral("EntryDate");
    } else {
        co_return QString();
    }
    const QStringList select{key};
    const QString filter = InvoiceSource::monthFilter(first, dateField);
    QList<QJsonObject> rows;
    try {
        rows = co_await reader.list(resource, select, filter, cancel);
    } catch (const ApiError& e) {
        if (e.kind() == ApiError::Kind::Http && e.status() >= 400 && e.status() < 500)
            co_return QString();
        throw;
    } catch (const ExactScopeError&) {
        co_return QString(); // the app may not read the other set: no hint, not a new failure
    }
    if (rows.isEmpty())
        co_return QString();
    co_return message(source, first, int(rows.size()));
}

} // namespace il
