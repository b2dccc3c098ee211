#include "exact/PurchaseEntrySource.h"

#include "exact/ExactRecordReader.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"

#include <limits>

namespace il {

PurchaseEntrySource::PurchaseEntrySource(ODataReader& reader, CustomerKeyRule rule, ItemKeyRule itemRule)
    : InvoiceSource(reader, std::move(rule))
    , m_itemRule(std::move(itemRule)) {
    if (!m_itemRule.fromDescription())
        throw UserError(ItemKeyRule::entriesProblem());
}

QStringList PurchaseEntrySource::requiredEndpoints() const {
    QStringList e{QStringLiteral("purchaseentry/PurchaseEntries"),
                  QStringLiteral("purchaseentry/PurchaseEntryLines")};
    if (m_rule.needsAccounts())
        e << QStringLiteral("crm/Accounts");
    if (m_rule.needsProjects())
        e << QStringLiteral("project/Projects");
    return e;
}

QCoro::Task<QList<InvoiceLine>> PurchaseEntrySource::loadMonth(QDate first, CancelToken cancel) {
    const QStringList headerSelect{QStringLiteral("EntryID"),     QStringLiteral("EntryDate"),
                                   QStringLiteral("EntryNumber"), QStringLiteral("YourRef"),
                                   QStringLiteral("Supplier"),    QStringLiteral("Currency"),
                                   QStringLiteral("AmountDC"),    QStringLiteral("AmountFC"),
                                   QStringLiteral("Type"),        QStringLiteral("Status")};
    const QString filter = monthFilter(first, QStringLiteral("EntryDate"));
    const QList<QJsonObject> headerRows = co_await m_reader.list(QStringLiteral("purchaseentry/PurchaseEntries"),
                                                                 headerSelect, filter, cancel);
    QHash<QString, ExactEntryHeader> headers;
    QStringList entryIds;
    for (const QJsonObject& row : headerRows) {
        // A missing or unreadable date throws: skipping it would drop the entry's lines unseen.
        const ExactEntryHeader h = ExactRecordReader::purchaseEntryHeader(row);
        if (!inMonth(h.date, first)) // a wrong boundary on the server side must not leak in
            continue;
        headers.insert(h.id, h);
        entryIds << h.id;
    }
    if (entryIds.isEmpty())
        co_return {};

    const QStringList lineSelect{QStringLiteral("ID"),         QStringLiteral("EntryID"),
                                 QStringLiteral("LineNumber"), QStringLiteral("Description"),
                                 QStringLiteral("Quantity"),   QStringLiteral("AmountDC"),
                                 QStringLiteral("AmountFC"),   QStringLiteral("VATCode"),
                                 QStringLiteral("CostCenter"), QStringLiteral("CostUnit"),
                                 QStringLiteral("Project")};
    QStringList supplierIds;
    QList<InvoiceLine> lines;
    // Each page's rows become lines as the page arrives; the JSON is not kept (issue 9 §10).
    ODataReader::RowSink toLine = [&](const QJsonObject& r) {
        InvoiceLine l = ExactRecordReader::purchaseEntryLine(r);
        const auto h = headers.constFind(l.invoiceId);
        if (h == headers.cend())
            return;
        l.invoiceNumber = h->number;
        l.invoiceDate = h->date;
        l.currency = h->currency;
        l.foreignCurrency = h->amountDC != h->amountFC;
        m_itemRule.apply(l);
        // Without a quantity there is no price per unit; a line the reconcile would link must not
        // go on with a made-up one (0 would be pushed as the new unit cost).
        if (!l.itemCode.isEmpty() && l.quantity.isZero())
            throw ApiError(ApiError::Kind::Parse, QStringLiteral("Exact Online"),
                           QStringLiteral("GET purchaseentry/PurchaseEntryLines"), 0,
                           QStringLiteral("line %1 of entry %2 (%3) names item %4 but has no Quantity, so "
                                          "it has no price per unit; enter the quantity in Exact Online")
                               .arg(l.lineId, l.invoiceNumber, l.invoiceId, l.itemCode));
        supplierIds << h->account;
        lines << l;
    };
    co_await m_reader.forEachByGuids(QStringLiteral("purchaseentry/PurchaseEntryLines"), lineSelect,
                                     QStringLiteral("EntryID"), entryIds, std::numeric_limits<int>::max(), toLine,
                                     cancel);
    QHash<QString, Account> suppliers;
    if (m_rule.needsAccounts()) {
        supplierIds.removeDuplicates();
        supplierIds.removeAll(QString());
        suppliers = co_await accounts(supplierIds, cancel);
    }
    QHash<QString, Account> projects;
    if (m_rule.needsProjects())
        projects = co_await projectCodes(lines, cancel);
    for (InvoiceLine& l : lines) {
        const Account a = m_rule.needsProjects() ? projectOf(l, projects)
                                                 : suppliers.value(headers.value(l.invoiceId).account);
        m_rule.apply(l, a.code, a.name);
    }
    sortLines(lines);
    co_return lines;
}

} // namespace il
