#include "sandbox/DemoDataGenerator.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace il::sandbox;

namespace {

// A digest of every field, so two datasets compare equal only when identical.
QByteArray fingerprint(const SandboxData& d) {
    QByteArray text;
    auto add = [&](const auto&... parts) { ((text += QString(parts).toUtf8() + '|'), ...); };
    auto dec = [](il::Decimal v) { return v.toString(); };
    auto date = [](QDate v) { return v.toString(Qt::ISODate); };
    add(date(d.demoMonth), QString::number(d.exact.division), d.exact.divisionName, d.exact.userId);
    for (const auto& a : d.exact.accounts)
        add(a.id, a.code, a.name);
    for (const auto& i : d.exact.items)
        add(i.id, i.code, i.description, dec(i.costPriceStandard));
    for (const auto* list : {&d.exact.purchaseInvoices, &d.exact.salesInvoices})
        for (const auto& inv : *list) {
            add(inv.id, date(inv.invoiceDate), QString::number(inv.invoiceNumber), inv.yourRef, inv.accountId,
                QString::number(inv.type), QString::number(inv.status), inv.description);
            for (const auto& l : inv.lines)
                add(l.id, QString::number(l.lineNumber), l.itemId, l.description, dec(l.quantity),
                    dec(l.unitPrice), dec(l.discount), dec(l.netPrice), dec(l.amount), l.costCenter);
        }
    for (const auto& c : d.cw.companies)
        add(QString::number(c.id), c.identifier, c.name, c.status, QString::number(c.deleted));
    for (const auto& c : d.cw.contacts)
        add(QString::number(c.id), c.firstName, c.lastName, QString::number(c.companyId));
    for (const auto& a : d.cw.agreements)
        add(QString::number(a.id), a.name, QString::number(a.companyId), a.status, date(a.startDate),
            date(a.endDate), a.lastUpdated, QString::number(a.typeId));
    for (const auto& a : d.cw.additions)
        add(QString::number(a.id), QString::number(a.agreementId), QString::number(a.productId),
            a.productIdentifier, dec(a.quantity), dec(a.unitCost), dec(a.unitPrice), date(a.effectiveDate),
            date(a.cancelledDate), a.lastUpdated);
    for (const auto& c : d.cw.catalog)
        add(QString::number(c.id), c.identifier, c.description, dec(c.price), dec(c.cost));
    for (auto it = d.planted.statusByLineId.begin(); it != d.planted.statusByLineId.end(); ++it)
        add(it.key(), it.value());
    for (int id : d.planted.extraAdditionIds)
        add(QString::number(id));
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

bool inMonth(QDate date, QDate month) {
    return date >= month && date < month.addMonths(1);
}

QList<ExactInvoiceLine> demoPurchaseLines(const SandboxData& d) {
    QList<ExactInvoiceLine> lines;
    for (const auto& inv : d.exact.purchaseInvoices)
        if (inMonth(inv.invoiceDate, d.demoMonth))
            lines += inv.lines;
    return lines;
}

DemoOptions fixedMonth(DemoOptions o = {}) {
    o.month = QDate(2026, 9, 1);
    return o;
}

} // namespace

TEST(SandboxData, SameSeedGivesIdenticalDataAndAnotherSeedDiffers) {
    const SandboxData a = DemoDataGenerator::generate(fixedMonth());
    const SandboxData b = DemoDataGenerator::generate(fixedMonth());
    EXPECT_EQ(fingerprint(a), fingerprint(b));
    EXPECT_NE(fingerprint(a), fingerprint(DemoDataGenerator::generate(fixedMonth({.seed = 43}))));
}

TEST(SandboxData, DefaultMonthIsThePreviousCalendarMonth) {
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate expected = QDate(today.year(), today.month(), 1).addMonths(-1);
    EXPECT_EQ(DemoDataGenerator::generate().demoMonth, expected);
    EXPECT_EQ(DemoDataGenerator::generate({.month = QDate(2026, 3, 17)}).demoMonth, QDate(2026, 3, 1));
}

TEST(SandboxData, DefaultSizes) {
    const SandboxData d = DemoDataGenerator::generate(fixedMonth());
    EXPECT_EQ(d.exact.division, 123456);
    EXPECT_EQ(d.exact.accounts.size(), 40 + 1); // customers and the distributor
    EXPECT_EQ(demoPurchaseLines(d).size(), 150);
    EXPECT_EQ(d.planted.statusByLineId.size(), 150);
    EXPECT_GE(d.cw.agreements.size(), 40);
    EXPECT_LE(d.cw.agreements.size(), 60);
    int demoInvoices = 0;
    for (const auto& inv : d.exact.purchaseInvoices)
        demoInvoices += inMonth(inv.invoiceDate, d.demoMonth) ? 1 : 0;
    EXPECT_GE(demoInvoices, 2);
    EXPECT_LE(demoInvoices, 6);
    int ok = 0;
    for (const QString& s : d.planted.statusByLineId)
        ok += s == u"ok" ? 1 : 0;
    EXPECT_GE(ok, 95); // roughly 70 % ok
    EXPECT_LE(ok, 125);
}

TEST(SandboxData, LargeOptionsWork) {
    const SandboxData d = DemoDataGenerator::generate(fixedMonth({.lines = 5000, .agreements = 500}));
    EXPECT_EQ(demoPurchaseLines(d).size(), 5000);
    EXPECT_EQ(d.cw.agreements.size(), 500);
    EXPECT_EQ(d.planted.statusByLineId.size(), 5000);
    const SandboxData many = DemoDataGenerator::generate(fixedMonth({.customers = 300, .lines = 2000}));
    EXPECT_EQ(many.exact.accounts.size(), 301);
    EXPECT_EQ(demoPurchaseLines(many).size(), 2000);
}

// The documented minimum (--customers 12) crashed: no ordinary customer was left for the credit
// note, and the planner indexed customer -1.
TEST(SandboxData, TheFewestCustomersStillMakeAMonth) {
    const SandboxData d = DemoDataGenerator::generate(fixedMonth({.customers = 12, .lines = 60}));
    EXPECT_EQ(d.exact.accounts.size(), 12 + 1);
    // Every planted story is told even when they alone pass the 60 lines asked for.
    EXPECT_GE(demoPurchaseLines(d).size(), 60);
    EXPECT_EQ(d.planted.statusByLineId.size(), demoPurchaseLines(d).size());
}

TEST(SandboxData, EveryPlantedKindIsPresent) {
    const SandboxData d = DemoDataGenerator::generate(fixedMonth());
    QMap<QString, int> counts;
    for (const QString& s : d.planted.statusByLineId)
        ++counts[s];
    for (const char* status : {"ok", "quantity_mismatch", "price_mismatch", "price_and_quantity_mismatch",
                               "no_addition", "agreement_inactive", "unlinked"})
        EXPECT_GE(counts.value(QString::fromLatin1(status)), 2) << status;
    EXPECT_GE(d.planted.extraAdditionIds.size(), 2);

    const QDate first = d.demoMonth, last = d.demoMonth.addMonths(1).addDays(-1);
    int cancelled = 0, future = 0, inactiveAgreements = 0, creditLines = 0, discounted = 0;
    for (const auto& a : d.cw.additions) {
        cancelled += a.cancelledDate.isValid() && a.cancelledDate < first ? 1 : 0;
        future += a.effectiveDate > last ? 1 : 0;
    }
    for (const auto& a : d.cw.agreements)
        inactiveAgreements += (a.status != u"Active" || (a.endDate.isValid() && a.endDate < first)) ? 1 : 0;
    QSet<QString> customerItem;
    int grouped = 0;
    bool creditNote = false;
    for (const auto& inv : d.exact.purchaseInvoices) {
        if (!inMonth(inv.invoiceDate, d.demoMonth))
            continue;
        creditNote |= inv.type == 8034;
        for (const auto& l : inv.lines) {
            creditLines += (inv.type == 8034 && l.quantity.isNegative()) ? 1 : 0;
            discounted += l.netPrice < l.unitPrice ? 1 : 0;
            const QString key = l.costCenter + u'|' + l.itemId;
            grouped += (customerItem.contains(key) && !l.quantity.isNegative()) ? 1 : 0;
            customerItem.insert(key);
        }
    }
    EXPECT_GE(cancelled, 2);
    EXPECT_GE(future, 2);
    EXPECT_GE(inactiveAgreements, 2);
    EXPECT_TRUE(creditNote);
    EXPECT_GE(creditLines, 2);
    EXPECT_GE(discounted, 3);
    EXPECT_GE(grouped, 3);
    bool salesCredit = false;
    for (const auto& inv : d.exact.salesInvoices)
        salesCredit |= inv.type == 8021 && inMonth(inv.invoiceDate, d.demoMonth);
    EXPECT_TRUE(salesCredit);

    // Look-alikes: a deleted duplicate and two live companies sharing a name.
    QMap<QString, int> liveByName, deletedByName;
    for (const auto& c : d.cw.companies)
        ++(c.deleted ? deletedByName : liveByName)[c.name.toLower().remove(QStringLiteral(" b.v."))];
    int deletedTwins = 0, liveTwins = 0;
    for (auto it = deletedByName.begin(); it != deletedByName.end(); ++it)
        deletedTwins += liveByName.contains(it.key()) ? 1 : 0;
    for (int n : liveByName)
        liveTwins += n > 1 ? 1 : 0;
    EXPECT_GE(deletedTwins, 1);
    EXPECT_EQ(liveTwins, 1);
    // Catalog: every linked item code, some in another case, some items not invoiced.
    QSet<QString> codes;
    for (const auto& i : d.exact.items)
        codes.insert(i.code);
    int caseDiffers = 0, notInvoiced = 0;
    for (const auto& c : d.cw.catalog) {
        caseDiffers += (!codes.contains(c.identifier) && codes.contains(c.identifier.toUpper())) ? 1 : 0;
        notInvoiced += codes.contains(c.identifier.toUpper()) ? 0 : 1;
    }
    EXPECT_GE(caseDiffers, 3);
    EXPECT_GE(notInvoiced, 3);
    EXPECT_EQ(d.exact.items.size() - (d.cw.catalog.size() - notInvoiced),
              2); // two codes without catalog item
}

TEST(SandboxData, Invariants) {
    for (const DemoOptions& o :
         {fixedMonth(), fixedMonth({.seed = 7, .customers = 25, .lines = 400, .agreements = 80})}) {
        const SandboxData d = DemoDataGenerator::generate(o);
        QSet<QString> guids, items, accounts;
        auto unique = [&](const QString& id) {
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"))
                            .match(id)
                            .hasMatch())
                << qPrintable(id);
            EXPECT_FALSE(guids.contains(id)) << qPrintable(id);
            guids.insert(id);
        };
        unique(d.exact.userId);
        for (const auto& a : d.exact.accounts) {
            unique(a.id);
            accounts.insert(a.id);
            EXPECT_EQ(a.code.size(), 18);
            EXPECT_FALSE(a.code.endsWith(u' '));
        }
        for (const auto& i : d.exact.items) {
            unique(i.id);
            items.insert(i.id);
        }
        QSet<QString> demoLineIds;
        const QDate earliest = d.demoMonth.addMonths(-2), end = d.demoMonth.addMonths(1);
        for (const auto* list : {&d.exact.purchaseInvoices, &d.exact.salesInvoices})
            for (const auto& inv : *list) {
                unique(inv.id);
                EXPECT_TRUE(inv.invoiceDate >= earliest && inv.invoiceDate < end)
                    << qPrintable(inv.invoiceDate.toString());
                EXPECT_TRUE(accounts.contains(inv.accountId));
                EXPECT_FALSE(inv.lines.isEmpty());
                for (const auto& l : inv.lines) {
                    unique(l.id);
                    EXPECT_TRUE(items.contains(l.itemId));
                    // The amount is excluding VAT; the prices of code "5" (including) are not.
                    const il::Decimal net = l.vatCode == u"5" ? l.netPrice / (il::Decimal::fromInt(1) + l.vatPercentage)
                                                          : l.netPrice;
                    EXPECT_EQ(l.amount, (l.quantity * net).rounded(2));
                    if (list == &d.exact.purchaseInvoices && inMonth(inv.invoiceDate, d.demoMonth))
                        demoLineIds.insert(l.id);
                }
            }
        EXPECT_EQ(demoLineIds.size(), d.planted.statusByLineId.size());
        for (auto it = d.planted.statusByLineId.begin(); it != d.planted.statusByLineId.end(); ++it)
            EXPECT_TRUE(demoLineIds.contains(it.key()));

        QSet<int> companies, agreements, catalog, contactsOf;
        for (const auto& c : d.cw.companies)
            companies.insert(c.id);
        for (const auto& c : d.cw.contacts)
            contactsOf.insert(c.companyId);
        EXPECT_EQ(contactsOf, companies);
        for (const auto& c : d.cw.catalog)
            catalog.insert(c.id);
        for (const auto& a : d.cw.agreements) {
            agreements.insert(a.id);
            EXPECT_TRUE(companies.contains(a.companyId));
            EXPECT_TRUE(a.startDate < d.demoMonth);
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                            .match(a.lastUpdated)
                            .hasMatch());
        }
        QSet<int> additionIds;
        for (const auto& a : d.cw.additions) {
            EXPECT_TRUE(agreements.contains(a.agreementId));
            EXPECT_TRUE(catalog.contains(a.productId));
            EXPECT_FALSE(additionIds.contains(a.id));
            additionIds.insert(a.id);
            EXPECT_FALSE(a.lastUpdated.isEmpty());
        }
        for (int id : d.planted.extraAdditionIds)
            EXPECT_TRUE(additionIds.contains(id));
    }
}
