// Issue 7 point 4: exact/division must be a division code the signed-in user reaches. Text, an
// overflow or a division the user does not reach fails the run naming the value; it never falls
// back to the user's current division, so a typo cannot reconcile (or push from) another
// administration. The check costs one current/Me call on a normal load.
#include "engine/ConfigCheck.h"
#include "errors/UserError.h"
#include "test_exact_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace exacttest;

namespace {

const QDate kMonth(2026, 10, 1);

class ExactDivisionTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        data.items = {{guid(0x4000, 1), QStringLiteral("CLOUD-BACKUP"), QStringLiteral("Backup"), dec("4")}};
        ExactInvoice inv = invoice(1, QDate(2026, 10, 5), 101, guid(0x3000, 1), 8033);
        inv.lines = {line(1, 1, guid(0x4000, 1), "3", "10", "0", QStringLiteral("ACME"))};
        data.purchaseInvoices = {inv};
    }

    // Loads the month on a fresh connection; the UserError's message, or what happened instead.
    QString loadFailure(HttpClient& client) {
        const std::unique_ptr<ExactConnection> connection = connect(client);
        try {
            const QList<InvoiceLine> lines = runSync(connection->loadMonth(kMonth));
            return QStringLiteral("loaded %1 line(s)").arg(lines.size());
        } catch (const UserError& e) {
            return e.message();
        } catch (const std::exception& e) {
            return QStringLiteral("not a UserError: ") + QString::fromUtf8(e.what());
        }
    }
    int served(const char* endpoint) const { return server->count(QLatin1String(endpoint)); }
};

TEST_F(ExactDivisionTest, TextOrOverflowIsRefusedNamingTheValueBeforeAnyCall) {
    const QString notACode = QStringLiteral("Exact Online: exact/division '%1' is not a division code: write "
                                            "the administration's number, e.g. 123456");
    const QString outOfRange = QStringLiteral(
        "Exact Online: exact/division '%1' is not a division code: a positive whole number up to 2147483647");
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("abc"), notACode},          {QStringLiteral("12a"), notACode},
        {QStringLiteral("1e5"), notACode},          {QStringLiteral("-5"), notACode},
        {QStringLiteral("12 34"), notACode},        {QStringLiteral("99999999999"), outOfRange},
        {QStringLiteral("2147483648"), outOfRange}, {QStringLiteral("0"), outOfRange}};
    for (const auto& [value, message] : cases) {
        configure({{QStringLiteral("exact/division"), value}});
        HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
        EXPECT_EQ(loadFailure(client), message.arg(value)) << value.toStdString();
        EXPECT_EQ(client.calls().total(), 0) << value.toStdString();
        // The same words before a run starts (Settings::validate) and from the getter.
        EXPECT_TRUE(il::ConfigCheck::problems(*settings).contains(message.arg(value).mid(14))) << value.toStdString();
        EXPECT_THROW(settings->exactDivision(), UserError) << value.toStdString();
    }
    EXPECT_EQ(server->total(), 0);
}

TEST_F(ExactDivisionTest, ADivisionTheUserDoesNotReachFailsNamingItAndTheReachableOnes) {
    data.otherDivisions = {{777, QStringLiteral("Other B.V.")}};
    configure({{QStringLiteral("exact/division"), QStringLiteral("99999")}});
    HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
    EXPECT_EQ(
        loadFailure(client),
        QStringLiteral("exact/division 99999 is not an administration this Exact Online user can reach; "
                       "reachable: 777 (Other B.V.), 123456 (Test B.V.)"));
    // Nothing of any administration was read.
    EXPECT_EQ(served("exact purchase/PurchaseInvoices"), 0);
    EXPECT_EQ(served("exact purchase/PurchaseInvoiceLines"), 0);
    EXPECT_EQ(client.calls().count(QStringLiteral("current/Me")), 1);
    EXPECT_EQ(client.calls().count(QStringLiteral("system/Divisions")), 2); // the check, then the list
}

TEST_F(ExactDivisionTest, TheUsersCurrentDivisionCostsOneMeCall) {
    const QList<InvoiceLine> lines = runSync(exact().loadMonth(kMonth));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(http.calls().count(QStringLiteral("current/Me")), 1);
    EXPECT_EQ(http.calls().count(QStringLiteral("system/Divisions")), 0);
    // token + Me + header page + line page + item page + the VAT codes
    EXPECT_EQ(http.calls().total(), 6);
    // Once per connection: the next month costs no further check.
    runSync(exact().loadMonth(kMonth.addMonths(1)));
    EXPECT_EQ(http.calls().count(QStringLiteral("current/Me")), 1);
}

TEST_F(ExactDivisionTest, AnotherReachableDivisionIsFoundInTheUsersList) {
    data.otherDivisions = {{777, QStringLiteral("Other B.V.")}};
    data.currentDivision = 777; // the user last worked in another administration
    const QList<InvoiceLine> lines = runSync(exact().loadMonth(kMonth));
    ASSERT_EQ(lines.size(), 1); // from exact/division 123456, not from the current 777
    EXPECT_EQ(lines[0].invoiceNumber, QStringLiteral("SUP-101"));
    EXPECT_EQ(http.calls().count(QStringLiteral("system/Divisions")), 1);
}

TEST_F(ExactDivisionTest, TheSandboxRefusesADivisionTheUserDoesNotReachAsExactDoes) {
    data.otherDivisions = {{777, QStringLiteral("Other B.V.")}};
    const HttpResponse refused = rawGet(QStringLiteral("/api/v1/99999/purchase/PurchaseInvoices?$select=ID"));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(QJsonDocument::fromJson(refused.body)
                  .object()
                  .value(u"error")
                  .toObject()
                  .value(u"message")
                  .toObject()
                  .value(u"value")
                  .toString(),
              QStringLiteral("Forbidden - User division is not within division scope"));
    // Another administration the user reaches answers, with its own (empty) data only.
    const HttpResponse other = rawGet(QStringLiteral("/api/v1/777/purchase/PurchaseInvoices?$select=ID"));
    EXPECT_EQ(other.status, 200);
    EXPECT_TRUE(QJsonDocument::fromJson(other.body)
                    .object()
                    .value(u"d")
                    .toObject()
                    .value(u"results")
                    .toArray()
                    .isEmpty());
    // The list is the user's, whichever division asks.
    const HttpResponse list =
        rawGet(QStringLiteral("/api/v1/777/system/Divisions?$select=Code,Description,Current"));
    const QJsonArray rows =
        QJsonDocument::fromJson(list.body).object().value(u"d").toObject().value(u"results").toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].toObject().value(u"Code").toInt(), Division);
    EXPECT_TRUE(rows[1].toObject().value(u"Current").toBool());
    EXPECT_FALSE(rows[0].toObject().value(u"Current").toBool());
}

} // namespace
