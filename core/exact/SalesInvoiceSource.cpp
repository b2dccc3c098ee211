#include "exact/SalesInvoiceSource.h"

#include "exact/ODataJson.h"

#include <limits>

namespace il {

namespace {
struct Header {
    QDate date;
    QString number;
    QString account;
};
} // namespace

QStringList SalesInvoiceSource::requiredEndpoints() const {
    QStringList e{QStringLiteral("salesinvoice/SalesInvoices"),
                  QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines")};
    if (m_rule.needsAccounts())
        e << QStringLiteral("crm/Accounts");
    return e;
}

QCoro::Task<QList<InvoiceLine>> SalesInvoiceSource::loadMonth(QDate first, CancelToken cancel) {
    const QStringList headerSelect{QStringLiteral("InvoiceID"),   QStringLiteral("InvoiceNumber"),
                                   QStringLiteral("InvoiceDate"), QStringLiteral("InvoiceTo"),
                                   QStringLiteral("OrderedBy"),   QStringLiteral("Type"),
                                   QStringLiteral("Status")};
    const QList<QJsonObject> headerRows = co_await m_reader.list(QStringLiteral("salesinvoice/SalesInvoices"),
                                                                 headerSelect, monthFilter(first), cancel);
    QHash<QString, Header> headers;
    QStringList invoiceIds;
    for (const QJsonObject& h : headerRows) {
        const QDate date = ODataJson::date(h.value(u"InvoiceDate"));
        if (!inMonth(date, first))
            continue;
        QString account = ODataJson::guid(h.value(u"InvoiceTo"));
        if (account.isEmpty())
            account = ODataJson::guid(h.value(u"OrderedBy"));
        const QString id = ODataJson::guid(h.value(u"InvoiceID"));
        headers.insert(id, Header{date, ODataJson::text(h.value(u"InvoiceNumber")), account});
        invoiceIds << id;
    }
    if (invoiceIds.isEmpty())
        co_return {};

    const QStringList lineSelect{
        QStringLiteral("ID"),       QStringLiteral("InvoiceID"),  QStringLiteral("LineNumber"),
        QStringLiteral("Item"),     QStringLiteral("ItemCode"),   QStringLiteral("Description"),
        QStringLiteral("Quantity"), QStringLiteral("UnitPrice"),  QStringLiteral("NetPrice"),
        QStringLiteral("AmountDC"), QStringLiteral("CostCenter"), QStringLiteral("CostUnit"),
        QStringLiteral("Project")};
    const QList<QJsonObject> lineRows = co_await m_reader.listByGuids(
        QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines"), lineSelect, QStringLiteral("InvoiceID"),
        invoiceIds, std::numeric_limits<int>::max(), cancel);

    QStringList accountIds;
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
        l.itemCode = ODataJson::text(r.value(u"ItemCode")).trimmed();
        l.description = ODataJson::text(r.value(u"Description"));
        l.quantity = ODataJson::decimal(r.value(u"Quantity")).value_or(Decimal());
        l.unitPrice = netPrice(r);
        l.amount = ODataJson::decimal(r.value(u"AmountDC")).value_or(Decimal());
        l.costCenter = ODataJson::text(r.value(u"CostCenter"));
        l.costUnit = ODataJson::text(r.value(u"CostUnit"));
        l.project = ODataJson::text(ODataJson::field(r, QStringLiteral("Project")));
        accountIds << h->account;
        lines << l;
    }
    QHash<QString, Account> customers;
    if (m_rule.needsAccounts()) {
        accountIds.removeDuplicates();
        customers = co_await accounts(accountIds, cancel);
    }
    for (InvoiceLine& l : lines) {
        const Account a = customers.value(headers.value(l.invoiceId).account);
        m_rule.apply(l, a.code, a.name);
    }
    sortLines(lines);
    co_return lines;
}

} // namespace il
