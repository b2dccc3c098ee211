// Issue 7 points 4 and 6 through the real invoicelink-cli against the in-process sandbox:
// settings and arguments that are wrong are refused with one line naming them (exit 2) before
// anything is sent; API text reaches the terminal without control characters; a failed push
// fails the run; the database and exports are the user's alone.
#include "CliFixture.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <sys/stat.h>

namespace {

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

class CliInputsTest : public CliTest {
protected:
    void set(const QString& key, const QString& value) {
        QSettings ini(m_config, QSettings::IniFormat);
        ini.setValue(key, value);
    }
    QString month() const { return m_month; }
    void SetUp() override {
        CliTest::SetUp();
        m_month = sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"));
    }
    // Refused with exit 2, exactly one line on standard error, and not one request sent.
    CliResult refused(const QStringList& args) {
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_EQ(sandbox().server().total(), 0) << r.err.toStdString();
        return r;
    }
    QStringList invoice() const { return {QStringLiteral("invoice"), QStringLiteral("--month"), m_month}; }
    QStringList reconcile() const {
        return {QStringLiteral("reconcile"), QStringLiteral("--month"), m_month};
    }

    QString m_month;
};

const QString kHttpRefusal =
    QStringLiteral("must use https; http is allowed only for loopback addresses (127.0.0.1, ::1, localhost)");

TEST_F(CliInputsTest, HttpToARealHostIsRefusedBeforeAnyRequest) {
    storeSecrets(true);
    set(QStringLiteral("exact/base_url"), QStringLiteral("http://exact.example.invalid"));
    CliResult r = refused(invoice());
    EXPECT_TRUE(r.err.contains(QStringLiteral("exact/base_url http://exact.example.invalid ") + kHttpRefusal))
        << r.err.toStdString();

    set(QStringLiteral("exact/base_url"), sandbox().baseUrl().toString());
    set(QStringLiteral("connectwise/site"), QStringLiteral("http://cw.example.invalid"));
    r = refused(reconcile());
    EXPECT_TRUE(r.err.contains(QStringLiteral("connectwise/site http://cw.example.invalid ") + kHttpRefusal))
        << r.err.toStdString();
}

TEST_F(CliInputsTest, AnAddressThatDoesNotParseIsInvalidNotUnset) {
    set(QStringLiteral("exact/base_url"), QStringLiteral("https://"));
    const CliResult r = refused(invoice());
    EXPECT_TRUE(r.err.contains(QStringLiteral("exact/base_url 'https://' is not a valid address")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("not set"))) << r.err.toStdString();
}

TEST_F(CliInputsTest, ADivisionThatIsNoNumberIsRefusedNamingIt) {
    storeSecrets(true);
    set(QStringLiteral("exact/division"), QStringLiteral("abc"));
    CliResult r = refused(reconcile());
    EXPECT_TRUE(r.err.contains(QStringLiteral("exact/division 'abc' is not a division code")))
        << r.err.toStdString();
    set(QStringLiteral("exact/division"), QStringLiteral("99999999999"));
    r = refused(invoice());
    EXPECT_TRUE(r.err.contains(QStringLiteral("exact/division '99999999999' is not a division code")))
        << r.err.toStdString();
}

TEST_F(CliInputsTest, ADivisionTheUserDoesNotReachFailsNamingTheReachableOne) {
    storeSecrets(true);
    set(QStringLiteral("exact/division"), QStringLiteral("99999"));
    const CliResult r = cli(reconcile());
    EXPECT_EQ(r.exitCode, 2);
    const auto& exact = sandbox().data().exact;
    EXPECT_EQ(r.err.trimmed(),
              QStringLiteral("invoicelink-cli: exact/division 99999 is not an administration this Exact "
                             "Online user can reach; reachable: %1 (%2)")
                  .arg(exact.division)
                  .arg(exact.divisionName));
    // Not one invoice of any administration was read.
    EXPECT_EQ(sandbox().server().count(QStringLiteral("exact purchase/PurchaseInvoices")), 0);
    EXPECT_EQ(sandbox().server().count(QStringLiteral("exact purchase/PurchaseInvoiceLines")), 0);
}

TEST_F(CliInputsTest, ToleranceTextOrNegativeIsRefusedNotReadAsZero) {
    storeSecrets(true);
    set(QStringLiteral("tolerance/price"), QStringLiteral("abc"));
    CliResult r = refused(reconcile());
    EXPECT_TRUE(r.err.contains(QStringLiteral("tolerance/price 'abc' is not a number of 0 or more")))
        << r.err.toStdString();
    set(QStringLiteral("tolerance/price"), QStringLiteral("0.01"));
    set(QStringLiteral("tolerance/quantity"), QStringLiteral("-1"));
    r = refused(reconcile());
    EXPECT_TRUE(r.err.contains(QStringLiteral("tolerance/quantity '-1' is not a number of 0 or more")))
        << r.err.toStdString();
}

TEST_F(CliInputsTest, AMonthOutsideTheYearsTheApisAcceptIsRefused) {
    storeSecrets(true);
    for (const char* m : {"1899-12", "0000-01", "9999-12"}) {
        const CliResult r =
            refused({QStringLiteral("invoice"), QStringLiteral("--month"), QString::fromLatin1(m)});
        EXPECT_TRUE(r.err.contains(QStringLiteral(
                        "outside the months Exact Online and ConnectWise accept (1900-01 to 9999-11)")) ||
                    r.err.contains(QStringLiteral("--month wants YYYY-MM")))
            << m << ": " << r.err.toStdString();
    }
    const CliResult r =
        refused({QStringLiteral("reconcile"), QStringLiteral("--month"), QStringLiteral("1899-12")});
    EXPECT_EQ(
        r.err,
        QStringLiteral("invoicelink-cli: --month 1899-12 is outside the months Exact Online and ConnectWise "
                       "accept (1900-01 to 9999-11)\n"));
}

TEST_F(CliInputsTest, ApiTextReachesTheTerminalWithoutControlCharacters) {
    storeSecrets(true);
    // A hostile line in Exact: escape sequences that retitle the window, clear the screen and
    // recolour, a bidi override that reverses what follows, C1 CSI, a bell and a line break.
    const QDate demo = sandbox().data().demoMonth;
    auto& invoices = sandbox().data().exact.purchaseInvoices;
    const auto in = std::find_if(invoices.begin(), invoices.end(), [&](const il::sandbox::ExactInvoice& i) {
        return i.invoiceDate.year() == demo.year() && i.invoiceDate.month() == demo.month() &&
               !i.lines.isEmpty();
    });
    ASSERT_NE(in, invoices.end());
    auto& line = in->lines.first();
    line.description = QStringLiteral("[Ac\x1b[2Jme] \x1b]0;pwned\x07red\x1b[31m!\x1b[0m \u202Etxt.exe\u202C "
                                      "\u009b2Jc1 tab\there\nnext");
    const CliResult r = cli(invoice());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QChar bad :
         {QChar(0x1b), QChar(0x07), QChar(0x202E), QChar(0x202C), QChar(0x9b), QChar(u'\t')})
        EXPECT_FALSE(r.out.contains(bad)) << "U+" << std::hex << int(bad.unicode());
    EXPECT_TRUE(r.out.contains(QStringLiteral("Acme"))) << r.out.toStdString(); // the customer column
    EXPECT_TRUE(r.out.contains(QStringLiteral("red!"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("pwned")))
        << r.out.toStdString(); // the OSC's text is gone too
    // Every printed line is one of ours: the hostile line break did not start a new one.
    EXPECT_FALSE(r.out.contains(QStringLiteral("\nnext"))) << r.out.toStdString();

    // Error messages, which quote server and user text, are cleaned the same way.
    const CliResult e = cli(
        {QStringLiteral("invoice"), QStringLiteral("--month"), QStringLiteral("\x1b]0;x\x07\x1b[2J2026-1")});
    EXPECT_EQ(e.exitCode, 2);
    EXPECT_FALSE(e.err.contains(QChar(0x1b))) << e.err.toStdString();
    EXPECT_EQ(e.err.count(u'\n'), 1);
}

TEST_F(CliInputsTest, AFailedPushMakesReconcileExitTwo) {
    storeSecrets(true);
    // ConnectWise refuses every correction: the run reports, and fails.
    sandbox().server().addFault({.pathPattern = QStringLiteral("/finance/agreements/\\d+/additions/\\d+$"),
                                 .status = 400,
                                 .method = "PATCH"});
    const CliResult r = cli(reconcile() + QStringList{QStringLiteral("--apply"), QStringLiteral("quantity"),
                                                      QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"summary").toObject();
    EXPECT_GT(summary.value(u"failed").toInt(), 0) << r.out.left(400).toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("push(es) to ConnectWise failed"))) << r.err.toStdString();
}

TEST_F(CliInputsTest, TheDatabaseAndExportsAreTheUsersAlone) {
    storeSecrets(true);
    ::umask(022); // the usual umask; the files must be private anyway
    const QString csv = tempDir() + QStringLiteral("/report.csv");
    const QString xlsx = tempDir() + QStringLiteral("/report.xlsx");
    for (const QString& file : {csv, xlsx}) {
        const CliResult r = cli(reconcile() + QStringList{QStringLiteral("--export"), file});
        ASSERT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_EQ(modeOf(file), 0600) << file.toStdString();
    }
    const QString folder = m_home + QStringLiteral("/data/InvoiceLink");
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(folder + QStringLiteral("/test.sqlite")), 0600);
    const QString log = tempDir() + QStringLiteral("/log.csv");
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("export"), log}).exitCode, 0);
    EXPECT_EQ(modeOf(log), 0600);
    const QString links = tempDir() + QStringLiteral("/links.csv");
    ASSERT_EQ(cli({QStringLiteral("links"), QStringLiteral("export"), links}).exitCode, 0);
    EXPECT_EQ(modeOf(links), 0600);
}

// CSV in the form the reader's spreadsheet opens: comma and decimal point unless the option or
// the setting export/csv_format asks for semicolons and decimal commas; a wrong value is refused.
TEST_F(CliInputsTest, CsvExportsTakeCommaOrSemicolonFromTheOptionOrTheSetting) {
    storeSecrets(true);
    auto firstLines = [](const QString& path) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n")).mid(0, 2);
    };
    const QString plain = tempDir() + QStringLiteral("/plain.csv");
    ASSERT_EQ(cli(reconcile() + QStringList{QStringLiteral("--export"), plain}).exitCode, 1);
    EXPECT_TRUE(firstLines(plain).value(0).contains(QStringLiteral(",Customer,"))) << "comma stays the default";

    const QString dutch = tempDir() + QStringLiteral("/dutch.csv");
    const CliResult r = cli(reconcile() + QStringList{QStringLiteral("--export"), dutch, QStringLiteral("--csv-format"),
                                                      QStringLiteral("semicolon")});
    ASSERT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QStringList lines = firstLines(dutch);
    EXPECT_TRUE(lines.value(0).contains(QStringLiteral(";Customer;"))) << lines.value(0).toStdString();
    EXPECT_FALSE(lines.value(0).contains(u',')) << lines.value(0).toStdString();
    // log verify --against reads the semicolon report's tip as it reads the comma one.
    const CliResult verified = cli({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--against"), dutch});
    EXPECT_FALSE(verified.err.contains(QStringLiteral("is not a transfer log export"))) << verified.err.toStdString();

    set(QStringLiteral("export/csv_format"), QStringLiteral("semicolon"));
    const QString log = tempDir() + QStringLiteral("/log.csv");
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("export"), log}).exitCode, 0);
    EXPECT_TRUE(firstLines(log).value(0).startsWith(QStringLiteral("id;run_id;month;"))) << firstLines(log).value(0).toStdString();
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--csv-format"), QStringLiteral("comma"), log}).exitCode, 0);
    EXPECT_TRUE(firstLines(log).value(0).startsWith(QStringLiteral("id,run_id,month,"))) << "the option wins";

    const CliResult wrong =
        cli(reconcile() + QStringList{QStringLiteral("--export"), plain, QStringLiteral("--csv-format"), QStringLiteral("tab")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("--csv-format takes comma or semicolon, not 'tab'"))) << wrong.err.toStdString();
    // A setting it cannot read stops the run before it starts, not after its pushes.
    set(QStringLiteral("export/csv_format"), QStringLiteral("tab"));
    const CliResult badSetting = cli(reconcile() + QStringList{QStringLiteral("--apply"), QStringLiteral("all")});
    EXPECT_EQ(badSetting.exitCode, 2);
    EXPECT_TRUE(badSetting.err.contains(QStringLiteral("export/csv_format is \"tab\""))) << badSetting.err.toStdString();
}

} // namespace
