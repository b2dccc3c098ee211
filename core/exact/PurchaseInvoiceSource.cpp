#include "exact/PurchaseInvoiceSource.h"

#include "exact/ExactRecordReader.h"

#include <QSet>

#include <limits>

namespace il {

QStringList PurchaseInvoiceSource::requiredEndpoints() const {
    QStringList e{QStringLiteral("purchase/PurchaseInvoices"),
                  QStringLiteral("purchase/PurchaseInvoiceLines"), QStringLiteral("logistics/Items")};
    if (m_rule.needsAccounts())
        e << QStringLiteral("crm/Accounts");
    if (m_rule.needsProjects())
        e << QStringLiteral("project/Projects");
    e << QStringLiteral("vat/VATCodes"); // whether a price includes VAT
    return e;
}

QCoro::Task<QList<InvoiceLine>> PurchaseInvoiceSource::loadMonth(QDate first, CancelToken cancel) {
    const QStringList headerSelect{QStringLiteral("ID"),          QStringLiteral("InvoiceDate"),
                                   QStringLiteral("EntryNumber"), QStringLiteral("YourRef"),
                                   QStringLiteral("Supplier"),    QStringLiteral("Type"),
                                   QStringLiteral("Status"),      QStringLiteral("Currency"),
                                   QStringLiteral("ExchangeRate")};
    const QList<QJsonObject> headerRows = co_await m_reader.list(QStringLiteral("purchase/PurchaseInvoices"),
                                                                 headerSelect, monthFilter(first), cancel);
    QHash<QString, ExactInvoiceHeader> headers;
    QStringList invoiceIds;
    for (const QJsonObject& row : headerRows) {
        // A missing or unreadable date throws: skipping it would drop the invoice's lines unseen.
        const ExactInvoiceHeader h = ExactRecordReader::purchaseHeader(row);
        if (!inMonth(h.date, first)) // a wrong boundary on the server side must not leak in
            continue;
        headers.insert(h.id, h);
        invoiceIds << h.id;
    }
    if (invoiceIds.isEmpty())
        co_return {};

    const QStringList lineSelect{
        QStringLiteral("ID"),         QStringLiteral("InvoiceID"),   QStringLiteral("LineNumber"),
        QStringLiteral("Item"),       QStringLiteral("Description"), QStringLiteral("Quantity"),
        QStringLiteral("UnitPrice"),  QStringLiteral("NetPrice"),    QStringLiteral("Amount"),
        QStringLiteral("CostCenter"), QStringLiteral("CostUnit"),    QStringLiteral("Project"),
        QStringLiteral("VATCode"),    QStringLiteral("VATPercentage")};
    QStringList itemIds;
    QStringList supplierIds;
    QList<InvoiceLine> lines;
    QHash<QString, PriceContext> priceContexts;
    // Each page's rows become lines as the page arrives; the JSON is not kept (issue 9 §10).
    ODataReader::RowSink toLine = [&](const QJsonObject& r) {
        InvoiceLine l = ExactRecordReader::purchaseLine(r);
        const auto h = headers.constFind(l.invoiceId);
        if (h == headers.cend())
            return;
        l.invoiceNumber = h->number;
        l.invoiceDate = h->date;
        priceContexts.insert(l.lineId, PriceContext{*h, ExactRecordReader::purchaseLineVatPercentage(r)});
        if (!l.itemId.isEmpty())
            itemIds << l.itemId;
        supplierIds << h->account;
        lines << l;
    };
    co_await m_reader.forEachByGuids(QStringLiteral("purchase/PurchaseInvoiceLines"), lineSelect,
                                     QStringLiteral("InvoiceID"), invoiceIds, std::numeric_limits<int>::max(),
                                     toLine, cancel);
    lines = co_await priced(lines, priceContexts, false, cancel);
    itemIds.removeDuplicates();
    const QHash<QString, QString> codes = co_await itemCodes(itemIds, cancel);
    QHash<QString, Account> suppliers;
    if (m_rule.needsAccounts()) {
        supplierIds.removeDuplicates();
        suppliers = co_await accounts(supplierIds, cancel);
    }
    QHash<QString, Account> projects;
    if (m_rule.needsProjects())
        projects = co_await projectCodes(lines, cancel);
    for (InvoiceLine& l : lines) {
        l.itemCode = codes.value(l.itemId);
        const Account a = m_rule.needsProjects() ? projectOf(l, projects)
                                                 : suppliers.value(headers.value(l.invoiceId).account);
        m_rule.apply(l, a.code, a.name);
    }
    sortLines(lines);
    co_return lines;
}

} // namespace il
