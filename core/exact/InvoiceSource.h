#pragma once

#include "domain/InvoiceLine.h"
#include "exact/CustomerKeyRule.h"
#include "exact/ExactRecordReader.h"
#include "exact/ODataReader.h"
#include "exact/VatCodeBook.h"
#include "async/CancelToken.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace il {

// One way of reading the month's invoice lines out of Exact Online (DESIGN §3 Which invoices
// make the month): every invoice whose invoice date, as a UTC calendar date, falls in the month,
// whatever its status or type (credit notes included). Both sources produce the same
// InvoiceLine values, sorted by invoice date, invoice number and line number. Records are read
// strictly (ExactRecordReader): one unreadable field fails the whole month, so nothing is
// compared or pushed from a month that was not read completely.
class InvoiceSource {
public:
    InvoiceSource(ODataReader& reader, CustomerKeyRule rule)
        : m_reader(reader)
        , m_rule(std::move(rule))
        , m_vatCodes(reader) {}
    virtual ~InvoiceSource() = default;

    virtual QString name() const = 0; // "purchase", "sales" or "entries"
    // Every endpoint the load reads, for the rights check.
    virtual QStringList requiredEndpoints() const = 0;
    virtual QCoro::Task<QList<InvoiceLine>> loadMonth(QDate firstOfMonth, CancelToken cancel = {}) = 0;

    // "InvoiceDate ge datetime'2026-10-01T00:00:00' and InvoiceDate lt datetime'2026-11-01T00:00:00'"
    static QString monthFilter(QDate firstOfMonth);
    // The same month rule on another date field ("EntryDate" for purchase entries).
    static QString monthFilter(QDate firstOfMonth, const QString& dateField);
    static bool inMonth(const QDate& date, const QDate& firstOfMonth);
    static void sortLines(QList<InvoiceLine>& lines);

    // The administration's currency code (system/Divisions Currency), known after a load that
    // met a foreign invoice; empty before, when no month had one, or when Exact would not say.
    QString administrationCurrency() const { return m_administrationCurrency; }

protected:
    struct Account {
        QString code;
        QString name;
    };
    // crm/Accounts by ID, in batches, when the customer rule needs them.
    QCoro::Task<QHash<QString, Account>> accounts(QStringList ids, CancelToken cancel);
    // logistics/Items by ID: item id → code.
    QCoro::Task<QHash<QString, QString>> itemCodes(QStringList ids, CancelToken cancel);
    // project/Projects of the lines' projects, in batches: project id → code (trimmed) and
    // description. Called only under customer_key=project.
    QCoro::Task<QHash<QString, Account>> projectCodes(QList<InvoiceLine> lines, CancelToken cancel);
    // The line's project under the project rule; empty for a line without one. A project GUID
    // that project/Projects does not hold fails the load naming the line and the GUID: an empty
    // key would quietly leave the line unlinked.
    static Account projectOf(const InvoiceLine& line, const QHash<QString, Account>& projects);

    // What pricing a line needs beside the line: its header and its VATPercentage.
    struct PriceContext {
        ExactInvoiceHeader header;
        std::optional<Decimal> vatPercentage;
    };
    // Every line priced excluding VAT and in the administration's currency (LinePricing): the
    // month's VAT codes in one vat/VATCodes call, and the administration's currency name once
    // per source, only when a line is foreign. contexts: by line id.
    QCoro::Task<QList<InvoiceLine>> priced(QList<InvoiceLine> lines, QHash<QString, PriceContext> contexts,
                                           bool amountIsAdministrationCurrency, CancelToken cancel);

    ODataReader& m_reader;
    CustomerKeyRule m_rule;

private:
    QCoro::Task<> readAdministrationCurrency(CancelToken cancel);

    VatCodeBook m_vatCodes; // cached for the source's life: one run
    QString m_administrationCurrency;
    bool m_administrationCurrencyAsked = false;
};

} // namespace il
