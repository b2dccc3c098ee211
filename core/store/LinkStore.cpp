#include "store/LinkStore.h"

#include "table/CsvReader.h"
#include "table/CsvWriter.h"
#include "errors/UserError.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace il {
namespace {

// A confirmed link only yields to another confirmed one; an unchanged link keeps its set_at,
// so "when" means when it last changed, not when the linker last looked.
const QString kUpsertCustomer = QStringLiteral(
    "INSERT INTO customer_links (customer_key, company_id, origin, set_by, set_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (customer_key) DO UPDATE SET company_id = excluded.company_id, origin = excluded.origin, "
    "set_by = excluded.set_by, set_at = excluded.set_at "
    "WHERE (customer_links.origin <> 'confirmed' OR excluded.origin = 'confirmed') "
    "AND (customer_links.company_id <> excluded.company_id OR customer_links.origin <> excluded.origin)");

const QString kUpsertLine = QStringLiteral(
    "INSERT INTO line_links (customer_key, item_code, company_id, agreement_id, product_identifier, origin, "
    "set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (customer_key, item_code) DO UPDATE SET company_id = excluded.company_id, "
    "agreement_id = excluded.agreement_id, product_identifier = excluded.product_identifier, "
    "origin = excluded.origin, set_by = excluded.set_by, set_at = excluded.set_at "
    "WHERE (line_links.origin <> 'confirmed' OR excluded.origin = 'confirmed') "
    "AND (line_links.company_id <> excluded.company_id OR line_links.agreement_id <> excluded.agreement_id "
    "OR line_links.product_identifier <> excluded.product_identifier OR line_links.origin <> "
    "excluded.origin)");

const QString kCustomerColumns = QStringLiteral("customer_key, company_id, origin, set_by, set_at");
const QString kLineColumns = QStringLiteral(
    "customer_key, item_code, company_id, agreement_id, product_identifier, origin, set_by, set_at");

LinkOrigin originOf(const QVariant& v) {
    return linkOriginFromString(v.toString()).value_or(LinkOrigin::Auto);
}
QDateTime timeOf(const QVariant& v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

CustomerLink readCustomer(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toInt(), originOf(q.value(2)), q.value(3).toString(),
            timeOf(q.value(4))};
}

LineLink readLine(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),    q.value(3).toInt(),
            q.value(4).toString(), originOf(q.value(5)),  q.value(6).toString(), timeOf(q.value(7))};
}

} // namespace

LinkStore::LinkStore(Database& db, QString user, const Clock& clock)
    : m_db(db)
    , m_user(std::move(user))
    , m_clock(clock) {}

QString LinkStore::now() const {
    return m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
}

bool LinkStore::upsert(const CustomerLink& link) {
    const QSqlQuery q =
        m_db.exec(kUpsertCustomer, {link.customerKey, link.companyId, toString(link.origin), m_user, now()},
                  QStringLiteral("save the link of customer %1").arg(link.customerKey));
    if (q.numRowsAffected() > 0)
        return true;
    const auto stored = customerLink(link.customerKey);
    return stored && stored->companyId == link.companyId && stored->origin == link.origin;
}

bool LinkStore::upsert(const LineLink& link) {
    const QSqlQuery q = m_db.exec(
        kUpsertLine,
        {link.customerKey, link.itemCode, link.companyId, link.agreementId, link.productIdentifier,
         toString(link.origin), m_user, now()},
        QStringLiteral("save the link of customer %1, item %2").arg(link.customerKey, link.itemCode));
    if (q.numRowsAffected() > 0)
        return true;
    const auto stored = lineLink(link.customerKey, link.itemCode);
    return stored && stored->companyId == link.companyId && stored->agreementId == link.agreementId &&
           stored->productIdentifier == link.productIdentifier && stored->origin == link.origin;
}

std::optional<CustomerLink> LinkStore::customerLink(const QString& customerKey) {
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM customer_links WHERE customer_key = ?").arg(kCustomerColumns),
        {customerKey}, QStringLiteral("read a customer link"));
    if (!q.next())
        return std::nullopt;
    return readCustomer(q);
}

std::optional<LineLink> LinkStore::lineLink(const QString& customerKey, const QString& itemCode) {
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM line_links WHERE customer_key = ? AND item_code = ?")
                      .arg(kLineColumns),
                  {customerKey, itemCode}, QStringLiteral("read a line link"));
    if (!q.next())
        return std::nullopt;
    return readLine(q);
}

std::vector<CustomerLink> LinkStore::customerLinks() {
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM customer_links ORDER BY customer_key").arg(kCustomerColumns),
                  {}, QStringLiteral("read the customer links"));
    std::vector<CustomerLink> out;
    while (q.next())
        out.push_back(readCustomer(q));
    return out;
}

std::vector<LineLink> LinkStore::lineLinks() {
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM line_links ORDER BY customer_key, item_code").arg(kLineColumns), {},
        QStringLiteral("read the line links"));
    std::vector<LineLink> out;
    while (q.next())
        out.push_back(readLine(q));
    return out;
}

bool LinkStore::removeCustomerLink(const QString& customerKey) {
    return m_db.exec(QStringLiteral("DELETE FROM customer_links WHERE customer_key = ?"), {customerKey},
                     QStringLiteral("delete a customer link"))
               .numRowsAffected() > 0;
}

bool LinkStore::removeLineLink(const QString& customerKey, const QString& itemCode) {
    return m_db.exec(QStringLiteral("DELETE FROM line_links WHERE customer_key = ? AND item_code = ?"),
                     {customerKey, itemCode}, QStringLiteral("delete a line link"))
               .numRowsAffected() > 0;
}

int LinkStore::importCsv(const QString& path) {
    const auto records = CsvReader::readFile(path);
    auto bad = [&path](int line, const QString& why) {
        return UserError(QStringLiteral("%1 line %2: %3").arg(path).arg(line).arg(why));
    };
    if (records.empty())
        throw bad(1, QStringLiteral("the file is empty; the first line must be %1").arg(csvHeader()));
    QStringList header = records.front().fields;
    for (QString& h : header)
        h = h.trimmed();
    if (header.join(QLatin1Char(',')) != csvHeader())
        throw bad(records.front().line, QStringLiteral("the header must be exactly %1").arg(csvHeader()));

    // Everything is checked before anything is written, so a bad row leaves the store untouched.
    std::vector<CustomerLink> customers;
    std::vector<LineLink> lines;
    QHash<QString, int> seen; // key → line
    for (size_t i = 1; i < records.size(); ++i) {
        const auto& rec = records[i];
        if (rec.fields.size() != 5)
            throw bad(rec.line, QStringLiteral("expected 5 fields, found %1").arg(rec.fields.size()));
        QStringList f;
        for (const QString& field : rec.fields)
            f << CsvReader::unneutralize(field).trimmed();
        if (f[0].isEmpty())
            throw bad(rec.line, QStringLiteral("customer_key is empty"));
        bool ok = false;
        const int company = f[2].toInt(&ok);
        if (!ok || company <= 0)
            throw bad(rec.line,
                      QStringLiteral("company_id \"%1\" is not a ConnectWise company id").arg(f[2]));
        int agreement = 0;
        if (!f[3].isEmpty()) {
            agreement = f[3].toInt(&ok);
            if (!ok || agreement <= 0)
                throw bad(rec.line,
                          QStringLiteral("agreement_id \"%1\" is not a ConnectWise agreement id").arg(f[3]));
        }
        if (f[1].isEmpty() && (agreement != 0 || !f[4].isEmpty()))
            throw bad(rec.line,
                      QStringLiteral("a customer-only link (empty item_code) cannot name an agreement or "
                                     "a product"));
        const QString key = f[0] + QChar(0x1F) + f[1];
        if (const auto it = seen.constFind(key); it != seen.cend())
            throw bad(rec.line, QStringLiteral("the same customer_key and item_code as line %1").arg(*it));
        seen.insert(key, rec.line);
        if (f[1].isEmpty())
            customers.push_back({f[0], company, LinkOrigin::Confirmed, {}, {}});
        else
            lines.push_back({f[0], f[1], company, agreement, f[4], LinkOrigin::Confirmed, {}, {}});
    }

    auto tx = m_db.begin(QStringLiteral("import links from %1").arg(path));
    for (const auto& link : customers)
        upsert(link);
    for (const auto& link : lines)
        upsert(link);
    tx.commit();
    return static_cast<int>(customers.size() + lines.size());
}

int LinkStore::exportCsv(const QString& path) {
    Table table;
    table.header = csvHeader().split(QLatin1Char(','));
    for (const auto& link : customerLinks())
        table.addRow({link.customerKey, QString(), QString::number(link.companyId), QString(), QString()});
    for (const auto& link : lineLinks())
        table.addRow({link.customerKey, link.itemCode, QString::number(link.companyId),
                      link.agreementId ? QString::number(link.agreementId) : QString(),
                      link.productIdentifier});
    CsvWriter::write(table, path);
    return static_cast<int>(table.rows.size());
}

} // namespace il
