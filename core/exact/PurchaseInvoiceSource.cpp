#include "exact/PurchaseInvoiceSource.h"

#include "exact/ODataJson.h"

#include <QSet>

#include <limits>

namespace il {

namespace {
struct Header {
    QDate date;
    QString number;
    QString supplier;
};
} // namespace

QStringList PurchaseInvoiceSource::requiredEndpoints() const {
    QStringList e{QStringLiteral("purchase/PurchaseInvoices"),
                  QStringLiteral("purchase/PurchaseInvoiceLines"), QStringLiteral("logistics/Items")};
    if (m_rule.needsAccounts())
        e << QStringLiteral("crm/Accounts");
    return e;
}

QCoro::Task<QList<InvoiceLine>> PurchaseInvoiceSource::loadMonth(QDate first, CancelToken cancel) {
    const QStringList headerSelect{QStringLiteral("ID"),          QStringLiteral("InvoiceDate"),
                                   QStringLiteral("EntryNumber"), QStringLiteral("YourRef"),
                                   QStringLiteral("Supplier"),    QStringLiteral("Type"),
                                   QStringLiteral("Status")};
    const QList<QJsonObject> headerRows = co_await m_reader.list(QStringLiteral("purchase/PurchaseInvoices"),
                                                                 headerSelect, monthFilter(first), cancel);
    QHash<QString, Header> headers;
    QStringList invoiceIds;
    for (const QJsonObject& h : headerRows) {
        const QDate date = ODataJson::date(h.value(u"InvoiceDate"));
        if (!inMonth(date, first)) // a wrong boundary on the server side must not leak in
            continue;
        QString number = ODataJson::text(h.value(u"YourRef")).trimmed();
        if (number.isEmpty())
            number = ODataJson::text(h.value(u"EntryNumber"));
        const QString id = ODataJson::guid(h.value(u"ID"));
        headers.insert(id, Header{date, number, ODataJson::guid(h.value(u"Supplier"))});
        invoiceIds << id;
    }
    if (invoiceIds.isEmpty())
        co_return {};

    const QStringList lineSelect{
        QStringLiteral("ID"),         QStringLiteral("InvoiceID"),   QStringLiteral("LineNumber"),
        QStringLiteral("Item"),       QStringLiteral("Description"), QStringLiteral("Quantity"),
        QStringLiteral("UnitPrice"),  QStringLiteral("NetPrice"),    QStringLiteral("Amount"),
        QStringLiteral("CostCenter"), QStringLiteral("CostUnit"),    QStringLiteral("Project")};
    const QList<QJsonObject> lineRows = co_await m_reader.listByGuids(
        QStringLiteral("purchase/PurchaseInvoiceLines"), lineSelect, QStringLiteral("InvoiceID"), invoiceIds,
        std::numeric_limits<int>::max(), cancel);

    QStringList itemIds;
    QStringList supplierIds;
    QList<InvoiceLine> lines;
    for (const QJsonObject& r : lineRows) {
        InvoiceLine l;
        l.invoiceId = ODataJson::guid(r.value(u"InvoiceID"));
        const auto h = headers.constFind(l.invoiceId);
        if (h == headers.cend())
            continue;
        l.lineId = ODataJson::guid(r.value(u"ID"));
        l.invoiceNumber = h->number;
        l.invoiceDate = h->date;
        l.lineNumber = ODataJson::integer(r.value(u"LineNumber"));
        l.itemId = ODataJson::guid(r.value(u"Item"));
        l.description = ODataJson::text(r.value(u"Description"));
        l.quantity = ODataJson::decimal(r.value(u"Quantity")).value_or(Decimal());
        l.unitPrice = netPrice(r);
        l.amount = ODataJson::decimal(r.value(u"Amount")).value_or(Decimal());
        l.costCenter = ODataJson::text(r.value(u"CostCenter"));
        l.costUnit = ODataJson::text(r.value(u"CostUnit"));
        l.project = ODataJson::text(ODataJson::field(r, QStringLiteral("Project")));
        if (!l.itemId.isEmpty())
            itemIds << l.itemId;
        supplierIds << h->supplier;
        lines << l;
    }
    itemIds.removeDuplicates();
    const QHash<QString, QString> codes = co_await itemCodes(itemIds, cancel);
    QHash<QString, Account> suppliers;
    if (m_rule.needsAccounts()) {
        supplierIds.removeDuplicates();
        suppliers = co_await accounts(supplierIds, cancel);
    }
    for (InvoiceLine& l : lines) {
        l.itemCode = codes.value(l.itemId);
        const Account a = suppliers.value(headers.value(l.invoiceId).supplier);
        m_rule.apply(l, a.code, a.name);
    }
    sortLines(lines);
    co_return lines;
}

} // namespace il
