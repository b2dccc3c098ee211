#include "exact/SalesInvoiceSource.h"

#include "exact/ExactRecordReader.h"

#include <limits>

namespace il {

QStringList SalesInvoiceSource::requiredEndpoints() const {
    QStringList e{QStringLiteral("salesinvoice/SalesInvoices"),
                  QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines")};
    if (m_rule.needsAccounts())
        e << QStringLiteral("crm/Accounts");
    if (m_rule.needsProjects())
        e << QStringLiteral("project/Projects");
    e << QStringLiteral("vat/VATCodes"); // whether a price includes VAT
    return e;
}

QCoro::Task<QList<InvoiceLine>> SalesInvoiceSource::loadMonth(QDate first, CancelToken cancel) {
    const QStringList headerSelect{QStringLiteral("InvoiceID"),   QStringLiteral("InvoiceNumber"),
                                   QStringLiteral("InvoiceDate"), QStringLiteral("InvoiceTo"),
                                   QStringLiteral("OrderedBy"),   QStringLiteral("Type"),
                                   QStringLiteral("Status"),      QStringLiteral("Currency"),
                                   QStringLiteral("AmountDC"),    QStringLiteral("AmountFC")};
    const QList<QJsonObject> headerRows = co_await m_reader.list(QStringLiteral("salesinvoice/SalesInvoices"),
                                                                 headerSelect, monthFilter(first), cancel);
    QHash<QString, ExactInvoiceHeader> headers;
    QStringList invoiceIds;
    for (const QJsonObject& row : headerRows) {
        // A missing or unreadable date throws: skipping it would drop the invoice's lines unseen.
        const ExactInvoiceHeader h = ExactRecordReader::salesHeader(row);
        if (!inMonth(h.date, first)) // a wrong boundary on the server side must not leak in
            continue;
        headers.insert(h.id, h);
        invoiceIds << h.id;
    }
    if (invoiceIds.isEmpty())
        co_return {};

    const QStringList lineSelect{
        QStringLiteral("ID"),       QStringLiteral("InvoiceID"),  QStringLiteral("LineNumber"),
        QStringLiteral("Item"),     QStringLiteral("ItemCode"),   QStringLiteral("Description"),
        QStringLiteral("Quantity"), QStringLiteral("UnitPrice"),  QStringLiteral("NetPrice"),
        QStringLiteral("AmountDC"), QStringLiteral("CostCenter"), QStringLiteral("CostUnit"),
        QStringLiteral("Project"),  QStringLiteral("VATCode"),    QStringLiteral("VATPercentage")};
    QStringList accountIds;
    QList<InvoiceLine> lines;
    QHash<QString, PriceContext> priceContexts;
    // Each page's rows become lines as the page arrives; the JSON is not kept (issue 9 §10).
    ODataReader::RowSink toLine = [&](const QJsonObject& r) {
        InvoiceLine l = ExactRecordReader::salesLine(r);
        const auto h = headers.constFind(l.invoiceId);
        if (h == headers.cend())
            return;
        l.invoiceNumber = h->number;
        l.invoiceDate = h->date;
        priceContexts.insert(l.lineId, PriceContext{*h, ExactRecordReader::salesLineVatPercentage(r)});
        accountIds << h->account;
        lines << l;
    };
    co_await m_reader.forEachByGuids(QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines"), lineSelect,
                                     QStringLiteral("InvoiceID"), invoiceIds, std::numeric_limits<int>::max(),
                                     toLine, cancel);
    lines = co_await priced(lines, priceContexts, true, cancel);
    QHash<QString, Account> customers;
    if (m_rule.needsAccounts()) {
        accountIds.removeDuplicates();
        customers = co_await accounts(accountIds, cancel);
    }
    QHash<QString, Account> projects;
    if (m_rule.needsProjects())
        projects = co_await projectCodes(lines, cancel);
    for (InvoiceLine& l : lines) {
        const Account a = m_rule.needsProjects() ? projectOf(l, projects)
                                                 : customers.value(headers.value(l.invoiceId).account);
        m_rule.apply(l, a.code, a.name);
    }
    sortLines(lines);
    co_return lines;
}

} // namespace il
