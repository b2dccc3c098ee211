// The Exact fake keeps each entity set's rows between requests (issue 9 point 11): paging a large
// collection must still serve every row exactly once, in key order, and a test's change to the
// data between two requests must be served by the next one.
#include "test_exact_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace exacttest;

namespace {

constexpr int Invoices = 5000;
constexpr int LinesPerInvoice = 4; // 20,000 lines

class ExactLargePagesTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        fake->setRateLimit(100000, 60000, 100000); // hundreds of pages; the limiter is tested elsewhere
        // Invoices and lines out of key order, so paging cannot follow the insertion order.
        for (int i = 0; i < Invoices; ++i) {
            const int n = (i * 7919) % Invoices + 1;
            ExactInvoice inv = invoice(n, QDate(2026, 10, 1 + n % 28), n, guid(0x3000, 1), 8033);
            for (int k = LinesPerInvoice; k >= 1; --k)
                inv.lines.append(line(n * 10 + k, k, guid(0x4000, 1), "2", "10.00"));
            data.purchaseInvoices.append(inv);
        }
    }

    // Follows `__next` from `first` to the end; the IDs served and the Quantity of each.
    QMap<QString, double> walk(const QString& first, QStringList* order = nullptr, int* pages = nullptr) {
        QMap<QString, double> served;
        QString next = first;
        while (!next.isEmpty()) {
            const HttpResponse r = rawGet(next);
            EXPECT_EQ(r.status, 200) << r.body.left(300).toStdString();
            if (r.status != 200)
                break;
            const QJsonObject d = QJsonDocument::fromJson(r.body).object()["d"].toObject();
            for (const QJsonValue& v : d["results"].toArray()) {
                const QString id = v.toObject()["ID"].toString();
                EXPECT_FALSE(served.contains(id)) << "served twice: " << id.toStdString();
                served.insert(id, v.toObject()["Quantity"].toDouble());
                if (order)
                    order->append(id);
            }
            if (pages)
                ++*pages;
            next = d["__next"].toString(); // "../api/v1/…" (DotDotApi) for purchase lines
            if (next.startsWith(QStringLiteral("../")))
                next = next.mid(2);
        }
        return served;
    }

    QString linesQuery(const QString& filter) const {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$select"), QStringLiteral("ID,Quantity"));
        q.addQueryItem(QStringLiteral("$filter"), QString::fromUtf8(QUrl::toPercentEncoding(filter, "'")));
        return QStringLiteral("/api/v1/%1/purchase/PurchaseInvoiceLines?").arg(Division) +
               q.toString(QUrl::FullyEncoded);
    }
};

} // namespace

TEST_F(ExactLargePagesTest, ABatchOfInvoiceIdsServesEachOfTheirLinesOnceInKeyOrder) {
    QStringList terms;
    QSet<QString> expected;
    for (int n = 1; n <= 60; ++n) {
        const int invoiceNumber = n * 83; // spread over the whole collection
        terms << QStringLiteral("InvoiceID eq guid'%1'").arg(guid(0x1000, invoiceNumber).toUpper());
        for (int k = 1; k <= LinesPerInvoice; ++k)
            expected.insert(guid(0x2000, invoiceNumber * 10 + k));
    }
    QStringList order;
    int pages = 0;
    const QMap<QString, double> served = walk(linesQuery(terms.join(QStringLiteral(" or "))), &order, &pages);
    EXPECT_EQ(QSet<QString>(served.keyBegin(), served.keyEnd()), expected);
    EXPECT_EQ(pages, 4) << "240 lines, 60 a page";
    QStringList sorted = order;
    sorted.sort();
    EXPECT_EQ(order, sorted) << "Exact pages by primary key";
}

TEST_F(ExactLargePagesTest, AFilterWithoutAnIndexPagesTheWholeCollection) {
    int pages = 0;
    const QMap<QString, double> served = walk(linesQuery(QStringLiteral("Quantity gt 0")), nullptr, &pages);
    EXPECT_EQ(served.size(), Invoices * LinesPerInvoice);
    EXPECT_EQ(pages, Invoices * LinesPerInvoice / 60 + 1);
}

TEST_F(ExactLargePagesTest, AChangeToTheDataBetweenTwoRequestsIsServed) {
    const QString first = guid(0x1000, 17);
    const QString query = linesQuery(QStringLiteral("InvoiceID eq guid'%1'").arg(first));
    QMap<QString, double> served = walk(query);
    ASSERT_EQ(served.size(), LinesPerInvoice);
    EXPECT_EQ(served.value(guid(0x2000, 171)), 2.0);

    // A quantity changed in place and a line added, as tests do through Sandbox::data().
    for (ExactInvoice& inv : data.purchaseInvoices)
        if (inv.id == first) {
            inv.lines[LinesPerInvoice - 1].quantity = dec("5"); // line 171 (lines are in reverse)
            inv.lines.append(line(179, 9, guid(0x4000, 1), "3", "1.00"));
        }
    served = walk(query);
    EXPECT_EQ(served.size(), LinesPerInvoice + 1);
    EXPECT_EQ(served.value(guid(0x2000, 171)), 5.0);
    EXPECT_EQ(served.value(guid(0x2000, 179)), 3.0);

    // An invoice removed: its lines are gone from the next answer.
    data.purchaseInvoices.removeIf([&](const ExactInvoice& inv) { return inv.id == first; });
    EXPECT_TRUE(walk(query).isEmpty());
}

TEST_F(ExactLargePagesTest, AnOrOverTwoPropertiesIsNotNarrowedToOnesIndex) {
    // Only an `or` of equalities on one property may read the index: here the second term
    // matches rows the InvoiceID index does not hold.
    const QString filter =
        QStringLiteral("InvoiceID eq guid'%1' or ID eq guid'%2'").arg(guid(0x1000, 5), guid(0x2000, 4001));
    const QMap<QString, double> served = walk(linesQuery(filter));
    EXPECT_EQ(served.size(), LinesPerInvoice + 1);
    EXPECT_TRUE(served.contains(guid(0x2000, 4001)));
    // `and` with more conditions still reads the index, and still applies them.
    const QMap<QString, double> first = walk(linesQuery(
        QStringLiteral("LineNumber eq 1 and (InvoiceID eq guid'%1' or InvoiceID eq guid'%2')")
            .arg(guid(0x1000, 5), guid(0x1000, 6))));
    EXPECT_EQ(QSet<QString>(first.keyBegin(), first.keyEnd()),
              QSet<QString>({guid(0x2000, 51), guid(0x2000, 61)}));
}
