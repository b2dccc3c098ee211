// Loading a month through both sources against the fake: which invoices make the month, the
// values of each line, the customer rules, the rights check, and the number of calls.
#include "SandboxFixture.h"
#include "exact/InvoiceSource.h"
#include "exact/ODataReader.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "sandbox/SandboxServer.h"
#include "test_exact_fixture.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>

#include <cstdlib>
#include <ctime>

using namespace exacttest;

namespace {

const QDate kMonth(2026, 10, 1);

class ExactSourcesTest : public ExactFixture {
protected:
    void SetUp() override {
        ExactFixture::SetUp();
        data.accounts = {{guid(0x3000, 1), QStringLiteral("                A1"), QStringLiteral("Acme B.V.")},
                         {guid(0x3000, 2), QStringLiteral("                B2"), QStringLiteral("Beta Ltd")}};
        data.items = {
            {guid(0x4000, 1), QStringLiteral("CLOUD-BACKUP"), QStringLiteral("Backup"), dec("4")},
            {guid(0x4000, 2), QStringLiteral("M365-BP"), QStringLiteral("Business Premium"), dec("18")}};
        data.projects = {{guid(0x5000, 1), QStringLiteral("  PRJ-BETA "), QStringLiteral("Beta migration")}};
        data.purchaseInvoices = invoices(8033, 8034);
        data.salesInvoices = invoices(8020, 8021);
    }

    // The same month on both sides: two boundary dates in the month, a credit note, a discount,
    // and invoices just outside the month.
    QList<ExactInvoice> invoices(int type, int creditType) {
        const int base = type == 8033 ? 0 : 100;
        QList<ExactInvoice> out;
        ExactInvoice first = invoice(base + 1, QDate(2026, 10, 1), 101, guid(0x3000, 1), type);
        first.lines = {line(base + 1, 1, guid(0x4000, 1), "3", "10", "0", QStringLiteral("ACME")),
                       line(base + 2, 2, guid(0x4000, 2), "2", "100", "0.1", QStringLiteral("BETA"))};
        first.lines[0].description = QStringLiteral("[Acme] Backup October");
        first.lines[1].description = QStringLiteral("[Beta] Microsoft 365");
        first.lines[1].costUnit = QStringLiteral("CU-7");
        first.lines[1].project = guid(0x5000, 1);
        ExactInvoice last = invoice(base + 2, QDate(2026, 10, 31), 102, guid(0x3000, 2), type);
        last.lines = {line(base + 3, 1, guid(0x4000, 1), "1", "10", "0", QStringLiteral("BETA"))};
        last.lines[0].description = QStringLiteral("no customer in this text");
        ExactInvoice credit = invoice(base + 3, QDate(2026, 10, 15), 103, guid(0x3000, 1), creditType);
        credit.yourRef.clear(); // purchase: falls back to the entry number
        credit.lines = {line(base + 4, 1, guid(0x4000, 1), "-1", "10", "0", QStringLiteral("ACME"))};
        ExactInvoice before = invoice(base + 4, QDate(2026, 9, 30), 90, guid(0x3000, 1), type);
        before.lines = {line(base + 5, 1, guid(0x4000, 1), "7", "10")};
        ExactInvoice after = invoice(base + 5, QDate(2026, 11, 1), 110, guid(0x3000, 1), type);
        after.lines = {line(base + 6, 1, guid(0x4000, 1), "8", "10")};
        return {after, last, credit, before, first}; // not in date order on purpose
    }

    QList<InvoiceLine> load() { return runSync(exact().loadMonth(kMonth)); }
    int calls(const QString& e) const { return http.calls().count(e); }
};

TEST_F(ExactSourcesTest, PurchaseMonthLines) {
    const QList<InvoiceLine> lines = load();
    ASSERT_EQ(lines.size(), 4);
    // Sorted by invoice date, invoice number, line number; boundaries in, neighbours out.
    EXPECT_EQ(lines[0].invoiceDate, QDate(2026, 10, 1));
    EXPECT_EQ(lines[0].lineNumber, 1);
    EXPECT_EQ(lines[1].lineNumber, 2);
    EXPECT_EQ(lines[2].invoiceDate, QDate(2026, 10, 15));
    EXPECT_EQ(lines[3].invoiceDate, QDate(2026, 10, 31));

    const InvoiceLine& l = lines[1];
    EXPECT_EQ(l.lineId, guid(0x2000, 2));
    EXPECT_EQ(l.invoiceId, guid(0x1000, 1));
    EXPECT_EQ(l.invoiceNumber, QStringLiteral("SUP-101")); // the supplier's number
    EXPECT_EQ(l.itemId, guid(0x4000, 2));
    EXPECT_EQ(l.itemCode, QStringLiteral("M365-BP")); // resolved through logistics/Items
    EXPECT_EQ(l.description, QStringLiteral("[Beta] Microsoft 365"));
    EXPECT_EQ(l.quantity, dec("2"));
    EXPECT_EQ(l.unitPrice, dec("90")); // net price after the 10 % discount
    EXPECT_EQ(l.amount, dec("180"));
    EXPECT_EQ(l.costCenter, QStringLiteral("BETA"));
    EXPECT_EQ(l.costUnit, QStringLiteral("CU-7"));
    EXPECT_EQ(l.project, guid(0x5000, 1));            // the project's GUID: its code is looked up
    EXPECT_EQ(l.customerKey, QStringLiteral("BETA")); // default rule: cost center
    EXPECT_EQ(l.customerName, QStringLiteral("BETA"));

    const InvoiceLine& credit = lines[2];
    EXPECT_EQ(credit.invoiceNumber, QStringLiteral("103")); // no YourRef: the entry number
    EXPECT_EQ(credit.quantity, dec("-1"));
    EXPECT_TRUE(credit.isCredit());

    // The least calls: one header page, one line batch (one page), one item batch, one token,
    // current/Me that checks exact/division (issue 7), and the month's VAT codes (issue 8); no
    // system/Divisions: every invoice is in the administration's currency.
    EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoices")), 1);
    EXPECT_EQ(calls(QStringLiteral("purchase/PurchaseInvoiceLines")), 1);
    EXPECT_EQ(calls(QStringLiteral("logistics/Items")), 1);
    EXPECT_EQ(calls(QStringLiteral("token")), 1);
    EXPECT_EQ(calls(QStringLiteral("current/Me")), 1);
    EXPECT_EQ(calls(QStringLiteral("vat/VATCodes")), 1);
    EXPECT_EQ(calls(QStringLiteral("system/Divisions")), 0);
    EXPECT_EQ(http.calls().total(), 6);
}

TEST_F(ExactSourcesTest, SalesMonthLines) {
    configure({{QStringLiteral("exact/source"), QStringLiteral("sales")},
               {QStringLiteral("exact/customer_key"), QStringLiteral("account")}});
    const QList<InvoiceLine> lines = load();
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].invoiceNumber, QStringLiteral("101"));
    EXPECT_EQ(lines[2].invoiceNumber, QStringLiteral("103"));
    EXPECT_EQ(lines[1].itemCode, QStringLiteral("M365-BP")); // from the bulk line itself
    EXPECT_EQ(lines[1].unitPrice, dec("90"));
    EXPECT_EQ(lines[1].amount, dec("180"));
    EXPECT_EQ(lines[2].quantity, dec("-1"));
    // Account rule: the trimmed account code and the account's name.
    EXPECT_EQ(lines[0].customerKey, QStringLiteral("A1"));
    EXPECT_EQ(lines[0].customerName, QStringLiteral("Acme B.V."));
    EXPECT_EQ(lines[3].customerKey, QStringLiteral("B2"));
    EXPECT_EQ(lines[3].customerName, QStringLiteral("Beta Ltd"));

    EXPECT_EQ(calls(QStringLiteral("salesinvoice/SalesInvoices")), 1);
    EXPECT_EQ(calls(QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines")), 1);
    EXPECT_EQ(calls(QStringLiteral("crm/Accounts")), 1);
    EXPECT_EQ(calls(QStringLiteral("logistics/Items")), 0);
    EXPECT_EQ(calls(QStringLiteral("current/Me")), 1);
    EXPECT_EQ(calls(QStringLiteral("vat/VATCodes")), 1);
    EXPECT_EQ(calls(QStringLiteral("system/Divisions")), 0);
    EXPECT_EQ(http.calls().total(), 6);
}

TEST_F(ExactSourcesTest, BothSourcesGiveTheSameLines) {
    const QList<InvoiceLine> purchase = load();
    configure({{QStringLiteral("exact/source"), QStringLiteral("sales")}});
    ExactConnection sales(*settings, secrets, http, clock, dir.filePath(QStringLiteral("lock")));
    const QList<InvoiceLine> salesLines = runSync(sales.loadMonth(kMonth));
    ASSERT_EQ(purchase.size(), salesLines.size());
    for (qsizetype i = 0; i < purchase.size(); ++i) {
        EXPECT_EQ(purchase[i].invoiceDate, salesLines[i].invoiceDate);
        EXPECT_EQ(purchase[i].itemCode, salesLines[i].itemCode);
        EXPECT_EQ(purchase[i].quantity, salesLines[i].quantity);
        EXPECT_EQ(purchase[i].unitPrice, salesLines[i].unitPrice);
        EXPECT_EQ(purchase[i].amount, salesLines[i].amount);
        EXPECT_EQ(purchase[i].customerKey, salesLines[i].customerKey);
    }
}

TEST_F(ExactSourcesTest, CustomerRules) {
    auto keys = [&](const QString& rule, const QString& pattern = {}) {
        configure({{QStringLiteral("exact/customer_key"), rule},
                   {QStringLiteral("exact/customer_pattern"), pattern}});
        ExactConnection c(*settings, secrets, http, clock, dir.filePath(QStringLiteral("lock")));
        QStringList out;
        for (const InvoiceLine& l : runSync(c.loadMonth(kMonth)))
            out << l.customerKey + u'|' + l.customerName;
        return out;
    };
    EXPECT_EQ(keys(QStringLiteral("account")),
              QStringList({"A1|Acme B.V.", "A1|Acme B.V.", "A1|Acme B.V.", "B2|Beta Ltd"}));
    EXPECT_EQ(keys(QStringLiteral("description"), QStringLiteral(R"(^\[(.+?)\])")),
              QStringList({"Acme|Acme", "Beta|Beta", "|", "|"}));
    EXPECT_EQ(keys(QStringLiteral("costunit")), QStringList({"|", "CU-7|CU-7", "|", "|"}));
    // The project's code (trimmed) and description, read from project/Projects.
    EXPECT_EQ(keys(QStringLiteral("project")), QStringList({"|", "PRJ-BETA|Beta migration", "|", "|"}));
    EXPECT_THROW(keys(QStringLiteral("description"), QStringLiteral("(unclosed")), UserError);
    EXPECT_THROW(keys(QStringLiteral("colour")), UserError);
}

// 61 more projects on one extra invoice: 62 distinct projects make two project/Projects batches.
void addManyProjects(ExactData& d) {
    ExactInvoice inv = invoice(50, QDate(2026, 10, 20), 120, guid(0x3000, 2), 8033);
    for (int i = 0; i < 61; ++i) {
        const QString id = guid(0x5000, 100 + i);
        d.projects.append(
            {id, QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Project %1").arg(i)});
        inv.lines.append(line(300 + i, i + 1, guid(0x4000, 1), "1", "10"));
        inv.lines.last().project = id;
    }
    d.purchaseInvoices.append(inv);
    inv.type = 8020;
    d.salesInvoices.append(inv);
}

TEST_F(ExactSourcesTest, ProjectRuleReadsProjectCodesInBatchesAndOnlyThen) {
    addManyProjects(data);
    for (const QString& source : {QStringLiteral("purchase"), QStringLiteral("sales")}) {
        SCOPED_TRACE(source.toStdString());
        auto run = [&](const QString& rule, QMap<QString, int>& calls) {
            configure(
                {{QStringLiteral("exact/source"), source}, {QStringLiteral("exact/customer_key"), rule}});
            http.calls().reset();
            ExactConnection c(*settings, secrets, http, clock, dir.filePath(QStringLiteral("lock")));
            const QList<InvoiceLine> lines = runSync(c.loadMonth(kMonth));
            calls = http.calls().byEndpoint();
            return lines;
        };
        QMap<QString, int> byCostCenter;
        QMap<QString, int> byProject;
        run(QStringLiteral("costcenter"), byCostCenter);
        const QList<InvoiceLine> lines = run(QStringLiteral("project"), byProject);
        ASSERT_EQ(lines.size(), 65);
        int withProject = 0;
        for (const InvoiceLine& l : lines) {
            if (l.invoiceNumber.endsWith(QStringLiteral("120"))) {
                const int i = l.lineNumber - 1;
                EXPECT_EQ(l.customerKey, QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')));
                EXPECT_EQ(l.customerName, QStringLiteral("Project %1").arg(i));
                ++withProject;
            }
        }
        EXPECT_EQ(withProject, 61);
        // The same calls as any other rule, plus ⌈62 projects / 60⌉ = 2 project batches.
        EXPECT_EQ(byCostCenter.value(QStringLiteral("project/Projects")), 0);
        EXPECT_EQ(byProject.take(QStringLiteral("project/Projects")), 2);
        byCostCenter.remove(QStringLiteral("token")); // the first run refreshed the token
        byProject.remove(QStringLiteral("token"));
        EXPECT_EQ(byProject, byCostCenter);
    }
    configure({{QStringLiteral("exact/customer_key"), QStringLiteral("project")}});
    ExactConnection c(*settings, secrets, http, clock, dir.filePath(QStringLiteral("lock")));
    data.deniedEndpoints = {QStringLiteral("project/Projects")};
    EXPECT_EQ(runSync(c.missingRights()), QStringList{QStringLiteral("project/Projects")});
}

TEST_F(ExactSourcesTest, AProjectExactDoesNotHoldFailsTheLoadNamingIt) {
    const QString unknown = guid(0x5000, 999);
    data.purchaseInvoices[4].lines[0].project = unknown; // the first October invoice
    data.salesInvoices[4].lines[0].project = unknown;
    for (const QString& source : {QStringLiteral("purchase"), QStringLiteral("sales")}) {
        configure({{QStringLiteral("exact/source"), source},
                   {QStringLiteral("exact/customer_key"), QStringLiteral("project")}});
        ExactConnection c(*settings, secrets, http, clock, dir.filePath(QStringLiteral("lock")));
        try {
            runSync(c.loadMonth(kMonth));
            ADD_FAILURE() << source.toStdString() << ": a line without its project was loaded";
        } catch (const ApiError& e) {
            EXPECT_TRUE(e.message().contains(QStringLiteral("Exact Online GET project/Projects")))
                << e.what();
            EXPECT_TRUE(e.message().contains(QStringLiteral("no project ") + unknown)) << e.what();
            EXPECT_TRUE(e.message().contains(guid(0x2000, source == u"sales" ? 101 : 1))) << e.what();
        }
        // Under another rule the project is not looked up and the month loads.
        configure({{QStringLiteral("exact/source"), source}});
        ExactConnection other(*settings, secrets, http, clock, dir.filePath(QStringLiteral("lock")));
        EXPECT_EQ(runSync(other.loadMonth(kMonth)).size(), 4);
    }
}

TEST_F(ExactSourcesTest, ProjectIsAGuidOnTheWire) {
    const QString base = QStringLiteral("/api/v1/%1/").arg(Division);
    for (const QString& lines : {QStringLiteral("purchase/PurchaseInvoiceLines"),
                                 QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines")}) {
        // As Exact: a text literal against an Edm.Guid is an operand-type error.
        HttpResponse r =
            rawGet(base + lines + QStringLiteral("?$select=ID,Project&$filter=Project eq 'PRJ-BETA'"));
        EXPECT_EQ(r.status, 400);
        EXPECT_EQ(HttpClient::serverMessage(r.body),
                  QStringLiteral("Operator 'eq' incompatible with operand types 'System.Guid' and "
                                 "'System.String' at position 8."));
        r = rawGet(base + lines + QStringLiteral("?$select=ID,Project&$filter=Project eq guid'") +
                   guid(0x5000, 1) + u'\'');
        ASSERT_EQ(r.status, 200);
        const QJsonArray rows = QJsonDocument::fromJson(r.body).object()["d"].toObject()["results"].toArray();
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows[0].toObject()["Project"].toString(), guid(0x5000, 1));
    }
    // project/Projects: mandatory filter like the other lookups, ID, Code and Description served.
    EXPECT_EQ(rawGet(base + QStringLiteral("project/Projects?$select=ID,Code")).status, 400);
    const HttpResponse r =
        rawGet(base + QStringLiteral("project/Projects?$select=ID,Code,Description&$filter=ID eq guid'") +
               guid(0x5000, 1) + u'\'');
    ASSERT_EQ(r.status, 200);
    const QJsonObject p =
        QJsonDocument::fromJson(r.body).object()["d"].toObject()["results"].toArray()[0].toObject();
    EXPECT_EQ(p["Code"].toString(), QStringLiteral("  PRJ-BETA "));
    EXPECT_EQ(p["Description"].toString(), QStringLiteral("Beta migration"));
}

TEST_F(ExactSourcesTest, MonthIsComparedAsUtcCalendarDates) {
    // West of UTC, midnight UTC on the 1st is still the 30th locally: a local-time comparison
    // would drop the first day's invoice and take September's last.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "America/Los_Angeles");
    tzset();
    const QList<InvoiceLine> lines = load();
    if (oldTz.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.first().invoiceDate, QDate(2026, 10, 1));
    EXPECT_EQ(lines.last().invoiceDate, QDate(2026, 10, 31));
}

TEST_F(ExactSourcesTest, AWrongServerBoundaryCannotLeakIn) {
    // A server that answers the header query with a row from outside the month, and a date with
    // the optional +hhmm offset.
    spy.answer = [&](const SandboxRequest& r) -> std::optional<SandboxResponse> {
        if (!r.path.endsWith(QStringLiteral("purchase/PurchaseInvoices")))
            return std::nullopt;
        const QJsonArray rows{QJsonObject{{"ID", guid(0x1000, 1)},
                                          {"InvoiceDate", "/Date(1790812800000+0200)/"},
                                          {"YourRef", "SUP-101"},
                                          {"ExchangeRate", 1.0}},
                              QJsonObject{{"ID", guid(0x1000, 4)},
                                          {"InvoiceDate", "/Date(1790726400000)/"},
                                          {"YourRef", "SUP-90"},
                                          {"ExchangeRate", 1.0}}};
        return SandboxResponse::json(200, QJsonDocument(QJsonObject{{"d", QJsonObject{{"results", rows}}}}));
    };
    const QList<InvoiceLine> lines = load();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].invoiceNumber, QStringLiteral("SUP-101"));
    EXPECT_EQ(lines[0].invoiceDate, QDate(2026, 10, 1));
}

TEST_F(ExactSourcesTest, MissingRightIsNamedInsteadOfAnEmptyMonth) {
    data.deniedEndpoints = {QStringLiteral("purchase/PurchaseInvoiceLines")};
    EXPECT_EQ(runSync(exact().missingRights()), QStringList{QStringLiteral("purchase/PurchaseInvoiceLines")});
    try {
        load();
        FAIL() << "an empty month was accepted";
    } catch (const UserError& e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("The Exact Online user may not read "
                                                          "purchase/PurchaseInvoiceLines")))
            << e.what();
    }
    data.deniedEndpoints = {QStringLiteral("logistics/Items")}; // lines come, item codes would not
    EXPECT_THROW(load(), UserError);
}

TEST_F(ExactSourcesTest, EmptyMonthWithAllRightsIsJustEmpty) {
    const QList<InvoiceLine> lines = runSync(exact().loadMonth(QDate(2026, 1, 1)));
    EXPECT_TRUE(lines.isEmpty());
    EXPECT_EQ(calls(QStringLiteral("users/UserHasRights")), 4); // asked why it is empty
    EXPECT_EQ(calls(QStringLiteral("vat/VATCodes")), 0);         // no line, no VAT code to read
}

TEST_F(ExactSourcesTest, StatusNamesUserDivisionRightsAndToken) {
    data.deniedEndpoints = {QStringLiteral("logistics/Items")};
    const ExactStatus s = runSync(exact().status());
    EXPECT_EQ(s.userName, QStringLiteral("Tess Tester"));
    EXPECT_EQ(s.email, QStringLiteral("tess@example.com"));
    EXPECT_EQ(s.currentDivision, Division);
    EXPECT_EQ(s.division, Division);
    EXPECT_EQ(s.divisionName, QStringLiteral("Test B.V."));
    EXPECT_EQ(s.missingRights, QStringList{QStringLiteral("logistics/Items")});
    EXPECT_EQ(s.tokenAgeSeconds, 0);
    EXPECT_EQ(s.refreshTokenDaysLeft, 30);
    EXPECT_TRUE(s.warning.isEmpty());
}

TEST_F(ExactSourcesTest, DivisionFallsBackToTheCurrentOne) {
    configure({{QStringLiteral("exact/division"), QString()}});
    EXPECT_EQ(load().size(), 4);
    EXPECT_EQ(calls(QStringLiteral("current/Me")), 1);
}

// The demo dataset of the sandbox facade, loaded as `invoice --month` does.
class ExactDemoMonthTest : public SandboxTest {};

TEST_F(ExactDemoMonthTest, LoadsEveryLineWithTheLeastCalls) {
    const QString config = writeConfig();
    Settings settings(config);
    MemorySecretStore secrets;
    const auto all = sandbox().secrets();
    for (auto it = all.begin(); it != all.end(); ++it)
        runSync(secrets.write(it.key(), it.value()));
    HttpClient http(QStringLiteral("Exact Online"), ExactConnection::httpPolicy());
    ExactConnection exact(settings, secrets, http, Clock::system(), tempDir() + QStringLiteral("/lock"));
    const QDate month = sandbox().data().demoMonth;
    const QList<InvoiceLine> lines = runSync(exact.loadMonth(month));

    const QList<ExactInvoice>& source = settings.exactSource() == u"sales"
                                            ? sandbox().data().exact.salesInvoices
                                            : sandbox().data().exact.purchaseInvoices;
    int expected = 0;
    int invoices = 0;
    QSet<QString> items;
    for (const ExactInvoice& inv : source)
        if (InvoiceSource::inMonth(inv.invoiceDate, month)) {
            ++invoices;
            expected += int(inv.lines.size());
            for (const ExactInvoiceLine& l : inv.lines)
                items.insert(l.itemId);
        }
    EXPECT_EQ(lines.size(), expected);
    for (const InvoiceLine& l : lines)
        EXPECT_FALSE(l.itemCode.isEmpty()) << l.lineId.toStdString();
    // headers: ceil(invoices/60); lines: one batch per ~80 invoices, ceil(lines/60) pages;
    // items: ceil(distinct items/60); plus the one token refresh, the division check
    // (current/Me), the VAT codes and, for the month's USD invoice, the administration's
    // currency (system/Divisions).
    const int least = (invoices + 59) / 60 + (expected + 59) / 60 + (int(items.size()) + 59) / 60 + 4;
    EXPECT_EQ(http.calls().count(QStringLiteral("vat/VATCodes")), 1);
    EXPECT_EQ(http.calls().count(QStringLiteral("system/Divisions")), 1);
    EXPECT_LE(http.calls().total(), least + 2);
    std::cout << "[ demo month " << month.toString(Qt::ISODate).toStdString() << ": " << invoices
              << " invoices, " << expected << " lines, " << items.size() << " items; " << http.calls().total()
              << " calls:";
    for (auto it = http.calls().byEndpoint().begin(); it != http.calls().byEndpoint().end(); ++it)
        std::cout << " " << it.key().toStdString() << "=" << it.value();
    std::cout << " ]\n";
}

TEST_F(ExactDemoMonthTest, ProjectRuleKeysEveryLineByItsProjectCode) {
    const QString config = writeConfig();
    MemorySecretStore secrets;
    const auto all = sandbox().secrets();
    for (auto it = all.begin(); it != all.end(); ++it)
        runSync(secrets.write(it.key(), it.value()));
    HttpClient http(QStringLiteral("Exact Online"), ExactConnection::httpPolicy());
    const QDate month = sandbox().data().demoMonth;
    auto load = [&](const QString& rule) {
        {
            QSettings ini(config, QSettings::IniFormat);
            ini.setValue(QStringLiteral("exact/customer_key"), rule);
        }
        Settings settings(config);
        http.calls().reset();
        ExactConnection exact(settings, secrets, http, Clock::system(), tempDir() + QStringLiteral("/lock"));
        return runSync(exact.loadMonth(month));
    };
    const QList<InvoiceLine> byCostCenter = load(QStringLiteral("costcenter"));
    const QList<InvoiceLine> byProject = load(QStringLiteral("project"));
    QHash<QString, QString> projectNames;
    for (const ExactProject& p : sandbox().data().exact.projects)
        projectNames.insert(p.code, p.description);
    ASSERT_EQ(byProject.size(), byCostCenter.size());
    QSet<QString> projects;
    for (qsizetype i = 0; i < byProject.size(); ++i) {
        // The demo's project codes are the CW identifiers: the project rule links as costcenter.
        EXPECT_FALSE(byProject[i].customerKey.isEmpty()) << byProject[i].lineId.toStdString();
        EXPECT_EQ(byProject[i].customerKey, byCostCenter[i].customerKey);
        EXPECT_EQ(byProject[i].customerName, projectNames.value(byProject[i].customerKey));
        projects.insert(byProject[i].project);
    }
    EXPECT_EQ(http.calls().count(QStringLiteral("project/Projects")), (int(projects.size()) + 59) / 60);
}

} // namespace
