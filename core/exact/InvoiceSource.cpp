#include "exact/InvoiceSource.h"

#include "exact/ExactRecordReader.h"
#include "exact/ExactScopeError.h"
#include "exact/LinePricing.h"
#include "exact/ODataJson.h"
#include "errors/ApiError.h"

#include <algorithm>

namespace il {

namespace {
constexpr int kPageSize = 60; // a batch of ids that fits one page of a regular endpoint

int compareNumbers(const QString& a, const QString& b) {
    bool okA = false;
    bool okB = false;
    const qint64 na = a.toLongLong(&okA);
    const qint64 nb = b.toLongLong(&okB);
    if (okA && okB)
        return na < nb ? -1 : (na == nb ? 0 : 1);
    return QString::compare(a, b, Qt::CaseInsensitive);
}
} // namespace

QString InvoiceSource::monthFilter(QDate first) {
    return monthFilter(first, QStringLiteral("InvoiceDate"));
}

QString InvoiceSource::monthFilter(QDate first, const QString& field) {
    const QDate next = first.addMonths(1);
    return QStringLiteral("%1 ge datetime'%2T00:00:00' and %1 lt datetime'%3T00:00:00'")
        .arg(field, first.toString(Qt::ISODate), next.toString(Qt::ISODate));
}

bool InvoiceSource::inMonth(const QDate& date, const QDate& first) {
    return date.isValid() && date >= first && date < first.addMonths(1);
}

void InvoiceSource::sortLines(QList<InvoiceLine>& lines) {
    std::stable_sort(lines.begin(), lines.end(), [](const InvoiceLine& a, const InvoiceLine& b) {
        if (a.invoiceDate != b.invoiceDate)
            return a.invoiceDate < b.invoiceDate;
        if (const int c = compareNumbers(a.invoiceNumber, b.invoiceNumber); c != 0)
            return c < 0;
        if (a.invoiceId != b.invoiceId)
            return a.invoiceId < b.invoiceId;
        if (a.lineNumber != b.lineNumber)
            return a.lineNumber < b.lineNumber;
        return a.lineId < b.lineId;
    });
}

QCoro::Task<QHash<QString, InvoiceSource::Account>> InvoiceSource::accounts(QStringList ids,
                                                                            CancelToken cancel) {
    QHash<QString, Account> out;
    const QStringList select{QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Name")};
    const QList<QJsonObject> rows = co_await m_reader.listByGuids(
        QStringLiteral("crm/Accounts"), select, QStringLiteral("ID"), ids, kPageSize, cancel);
    for (const QJsonObject& r : rows) {
        const ExactLookupRow a = ExactRecordReader::account(r);
        out.insert(a.id, Account{a.code, a.name});
    }
    co_return out;
}

QCoro::Task<QHash<QString, QString>> InvoiceSource::itemCodes(QStringList ids, CancelToken cancel) {
    QHash<QString, QString> out;
    const QStringList select{QStringLiteral("ID"), QStringLiteral("Code")};
    const QList<QJsonObject> rows = co_await m_reader.listByGuids(
        QStringLiteral("logistics/Items"), select, QStringLiteral("ID"), ids, kPageSize, cancel);
    for (const QJsonObject& r : rows) {
        const ExactLookupRow i = ExactRecordReader::item(r);
        out.insert(i.id, i.code);
    }
    co_return out;
}

QCoro::Task<QHash<QString, InvoiceSource::Account>> InvoiceSource::projectCodes(QList<InvoiceLine> lines,
                                                                                CancelToken cancel) {
    QStringList ids;
    for (const InvoiceLine& l : lines)
        if (!l.project.isEmpty())
            ids << l.project;
    ids.removeDuplicates();
    QHash<QString, Account> out;
    if (ids.isEmpty())
        co_return out;
    const QStringList select{QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Description")};
    const QList<QJsonObject> rows = co_await m_reader.listByGuids(
        QStringLiteral("project/Projects"), select, QStringLiteral("ID"), ids, kPageSize, cancel);
    for (const QJsonObject& r : rows) {
        const ExactLookupRow p = ExactRecordReader::project(r);
        out.insert(p.id, Account{p.code, p.name});
    }
    co_return out;
}

InvoiceSource::Account InvoiceSource::projectOf(const InvoiceLine& line,
                                                const QHash<QString, Account>& projects) {
    if (line.project.isEmpty())
        return {};
    const auto p = projects.constFind(line.project);
    if (p == projects.cend())
        throw ApiError(ApiError::Kind::Parse, QStringLiteral("Exact Online"),
                       QStringLiteral("GET project/Projects"), 0,
                       QStringLiteral("no project %1, the Project of line %2 of invoice %3 (%4)")
                           .arg(line.project, line.lineId, line.invoiceNumber, line.invoiceId));
    return *p;
}

QCoro::Task<QList<InvoiceLine>> InvoiceSource::priced(QList<InvoiceLine> lines, QHash<QString, PriceContext> contexts,
                                                     bool amountIsAdministrationCurrency, CancelToken cancel) {
    QStringList codes;
    bool anyForeign = false;
    for (const InvoiceLine& l : lines) {
        codes << l.vatCode;
        anyForeign = anyForeign || contexts.value(l.lineId).header.foreign;
    }
    co_await m_vatCodes.load(codes, cancel);
    for (InvoiceLine& l : lines) {
        const PriceContext c = contexts.value(l.lineId);
        LinePricing::apply(l, c.header, m_vatCodes.of(l), c.vatPercentage, amountIsAdministrationCurrency);
    }
    if (anyForeign)
        co_await readAdministrationCurrency(cancel);
    co_return lines;
}

QCoro::Task<> InvoiceSource::readAdministrationCurrency(CancelToken cancel) {
    if (m_administrationCurrencyAsked)
        co_return;
    m_administrationCurrencyAsked = true; // asked once a run, answered or not
    // Only the name for the reasons: the amounts converted already. A refusal (an app without
    // the Organization administration scope) or any other failure leaves the reasons saying
    // "the administration's currency" instead of failing the month.
    try {
        const QStringList select{QStringLiteral("Code"), QStringLiteral("Currency")};
        const QList<QJsonObject> rows =
            co_await m_reader.list(QStringLiteral("system/Divisions"), select,
                                   QStringLiteral("Code eq %1").arg(m_reader.division()), cancel);
        if (!rows.isEmpty())
            m_administrationCurrency = ODataJson::text(rows.first().value(u"Currency")).trimmed();
    } catch (const ApiError&) {
        m_administrationCurrency.clear();
    } catch (const ExactScopeError&) {
        m_administrationCurrency.clear();
    }
}

} // namespace il
