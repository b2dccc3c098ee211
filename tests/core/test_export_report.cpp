// The report export as a reader without the app sees it: readable columns, a group's difference
// and deviation amount on one line only (so Excel's column total is the month's amount), the
// decision and note, typed XLSX cells, and CSV in the Dutch and the English form.
#include "ReconcileFixtures.h"
#include "export/ReportExport.h"
#include "reconcile/MonthDeviation.h"
#include "table/CsvFormat.h"
#include "table/CsvReader.h"
#include "table/CsvWriter.h"
#include "table/XlsxWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using il::Decimal;

namespace {

QString zipMember(const QString& zip, const QString& member) {
    QProcess p;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    else
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                            QStringLiteral("import sys,zipfile; sys.stdout.buffer.write("
                                                           "zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                                            zip, member});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

il::LineRecord line(const QString& id, const QString& quantity, const QString& amount) {
    il::LineRecord r;
    r.linked.line.lineId = id;
    r.linked.line.invoiceNumber = QStringLiteral("F-2026-118");
    r.linked.line.invoiceDate = QDate(2026, 10, 31);
    r.linked.line.customerKey = QStringLiteral("VDK");
    r.linked.line.customerName = QStringLiteral("Van Dijk Kinderopvang");
    r.linked.line.itemCode = QStringLiteral("M365-BP");
    r.linked.line.description = QStringLiteral("Microsoft 365 Business Premium");
    r.linked.line.quantity = Decimal::fromString(quantity);
    r.linked.line.unitPrice = Decimal::fromString(u"2.5");
    r.linked.line.amount = Decimal::fromString(amount);
    r.linked.companyId = 250;
    r.linked.agreementId = 704;
    r.linked.productIdentifier = QStringLiteral("M365-BP");
    return r;
}

// A group of two lines (136 − 3 on one product of one agreement) against ConnectWise's 130,
// and an OK line of another customer.
il::MonthResult month() {
    il::MonthResult r;
    r.month = QDate(2026, 10, 1);
    il::LineRecord a = line(QStringLiteral("l-1"), QStringLiteral("136"), QStringLiteral("340"));
    il::LineRecord b = line(QStringLiteral("l-2"), QStringLiteral("-3"), QStringLiteral("-7.5"));
    for (il::LineRecord* g : {&a, &b}) {
        g->finding.status = il::LineStatus::QuantityMismatch;
        g->finding.reason = QStringLiteral("invoice quantity 133 vs ConnectWise 130");
        g->finding.additionIds = {3115};
        g->finding.cwQuantity = Decimal::fromString(u"130");
        g->finding.cwUnitCost = Decimal::fromString(u"2.5");
        g->finding.cwUnitPrice = Decimal::fromString(u"4");
        g->finding.cwComparedPrice = Decimal::fromString(u"2.5");
    }
    b.decision = il::LineDecision::Dismissed;
    b.note = QStringLiteral("credit; agreed with sales");
    il::LineRecord ok = line(QStringLiteral("l-3"), QStringLiteral("5"), QStringLiteral("12.5"));
    ok.linked.line.customerName = QStringLiteral("Bos, Elektro\tB.V.");
    ok.linked.agreementId = 705;
    ok.finding.status = il::LineStatus::Ok;
    ok.finding.additionIds = {3116};
    ok.finding.cwQuantity = Decimal::fromString(u"5");
    r.records = {a, b, ok};
    fixtures::markGroups(r);
    return r;
}

il::CwDirectory directory() {
    il::CwDirectory d;
    il::Company c;
    c.id = 250;
    c.name = QStringLiteral("Van Dijk Kinderopvang B.V.");
    d.companies = {c};
    il::Agreement g;
    g.id = 704;
    g.name = QStringLiteral("Managed Workplace");
    d.agreements = {g};
    d.index();
    return d;
}

qsizetype col(const il::Table& t, const char* name) {
    return t.header.indexOf(QString::fromLatin1(name));
}

} // namespace

TEST(ExportReport, ColumnsAReaderUnderstandsWithoutTheApp) {
    const il::Table t = il::ReportExport::table(month(), directory());
    for (const char* h : {"Customer", "Item", "Description", "Company", "Agreement", "Product", "Quantity",
                          "Invoice unit price", "ConnectWise quantity", "ConnectWise unit cost", "Difference",
                          "Deviation amount", "Status", "Reason", "Decision", "Note"})
        EXPECT_GE(col(t, h), 0) << h;
    // log verify --against reads these two by name: still the last two.
    EXPECT_EQ(t.header.value(t.header.size() - 2), QStringLiteral("transfer_log_tip_id"));
    EXPECT_EQ(t.header.last(), QStringLiteral("transfer_log_tip_hash"));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(il::cellText(t.rows[0][col(t, "Company")]), QStringLiteral("Van Dijk Kinderopvang B.V."));
    EXPECT_EQ(il::cellText(t.rows[0][col(t, "Agreement")]), QStringLiteral("Managed Workplace"));
    EXPECT_EQ(il::cellText(t.rows[1][col(t, "Decision")]), QStringLiteral("dismissed"));
    EXPECT_EQ(il::cellText(t.rows[1][col(t, "Note")]), QStringLiteral("credit; agreed with sales"));
    EXPECT_EQ(il::cellText(t.rows[0][col(t, "Decision")]), QString());
}

TEST(ExportReport, AGroupsDifferenceIsCountedOnceSoTheColumnTotalIsTheMonths) {
    const il::Table t = il::ReportExport::table(month());
    // 340 − 7.5 = 332.5 invoiced against 130 × 2.5 = 325: 7.5, on the group's lead only.
    EXPECT_EQ(il::cellText(t.rows[0][col(t, "Difference")]), QStringLiteral("7.5"));
    EXPECT_EQ(il::cellText(t.rows[0][col(t, "Deviation amount")]), QStringLiteral("7.5"));
    EXPECT_EQ(il::cellText(t.rows[1][col(t, "Difference")]), QString()) << "the group's second line";
    EXPECT_EQ(il::cellText(t.rows[1][col(t, "Deviation amount")]), QString());
    EXPECT_EQ(il::cellText(t.rows[2][col(t, "Deviation amount")]), QString()) << "an OK line";
    Decimal total;
    for (const auto& row : t.rows)
        if (const auto* d = std::get_if<Decimal>(&row[col(t, "Deviation amount")]))
            total += *d;
    EXPECT_EQ(total, il::MonthDeviation::compute(month().records).total);
}

TEST(ExportReport, XlsxHoldsDatesAsDatesAndIdsAndAmountsAsNumbers) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    il::XlsxWriter::write(il::ReportExport::table(month(), directory()), path, QStringLiteral("2026-10"));
    const QString sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString styles = zipMember(path, QStringLiteral("xl/styles.xml"));
    ASSERT_FALSE(sheet.isEmpty()) << "cannot read the sheet (needs unzip or python3)";
    const il::Table t = il::ReportExport::table(month());
    auto cellOf = [&](const char* column, int row) {
        const QString ref = QString(QChar(char16_t(u'A' + col(t, column)))) + QString::number(row);
        const qsizetype at = sheet.indexOf(QStringLiteral("<c r=\"%1\"").arg(ref));
        return at < 0 ? QString() : sheet.mid(at, sheet.indexOf(QStringLiteral("</c>"), at) - at);
    };
    // 2026-10-01 and 2026-10-31 are Excel serials 46296 and 46326, with a date format.
    EXPECT_TRUE(cellOf("Month", 2).contains(QStringLiteral("<v>46296</v>"))) << cellOf("Month", 2).toStdString();
    EXPECT_FALSE(cellOf("Month", 2).contains(QStringLiteral("t=\"s\"")));
    EXPECT_TRUE(cellOf("Invoice date", 2).contains(QStringLiteral("<v>46326</v>")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"yyyy-mm\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    for (const char* numeric : {"Quantity", "Invoice unit price", "Deviation amount"})
        EXPECT_FALSE(cellOf(numeric, 2).contains(QStringLiteral("t=\"s\""))) << numeric;
    EXPECT_TRUE(cellOf("Deviation amount", 2).contains(QStringLiteral("<v>7.5</v>")));
    EXPECT_TRUE(cellOf("Quantity", 3).contains(QStringLiteral("<v>-3</v>")));
    // Ids are numbers too (column AA onwards: beyond the single letters above).
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>704</v>"))) << "agreement id as a number";
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>3115</v>"))) << "addition id as a number";
}

TEST(ExportReport, CsvInDutchUsesSemicolonsAndDecimalCommas) {
    il::Table t;
    t.header = {QStringLiteral("Customer"), QStringLiteral("Quantity"), QStringLiteral("Unit price"),
                QStringLiteral("Agreement id"), QStringLiteral("Month")};
    t.addRow({QStringLiteral("Bos; Elektro"), Decimal::fromString(u"1234.5"), Decimal::fromString(u"-0.0825"),
              qint64(704), il::MonthCell{QDate(2026, 10, 1)}});
    t.addRow({QStringLiteral("Jansen, ICT"), Decimal::fromString(u"3"), QString(), il::idCell(0),
              il::MonthCell{QDate(2026, 10, 1)}});
    EXPECT_EQ(il::CsvWriter::toBytes(t, il::CsvFormat::semicolon()),
              QByteArray("\xEF\xBB\xBF"
                         "Customer;Quantity;Unit price;Agreement id;Month\r\n"
                         "\"Bos; Elektro\";1234,5;-0,0825;704;2026-10\r\n"
                         "Jansen, ICT;3;;;2026-10\r\n"));
    EXPECT_EQ(il::CsvWriter::toBytes(t, il::CsvFormat::comma()),
              QByteArray("\xEF\xBB\xBF"
                         "Customer,Quantity,Unit price,Agreement id,Month\r\n"
                         "Bos; Elektro,1234.5,-0.0825,704,2026-10\r\n"
                         "\"Jansen, ICT\",3,,,2026-10\r\n"));
    EXPECT_EQ(il::CsvFormat::forLanguage(QStringLiteral("nl")), il::CsvFormat::semicolon());
    EXPECT_EQ(il::CsvFormat::forLanguage(QStringLiteral("en")), il::CsvFormat::comma());
}

TEST(ExportReport, ASemicolonReportStillCarriesItsTipToLogVerify) {
    il::MonthResult r = month();
    r.logTip.id = 12;
    r.logTip.hash = QStringLiteral("5c1e9b2a");
    const QByteArray bytes = il::CsvWriter::toBytes(il::ReportExport::table(r), il::CsvFormat::semicolon());
    const auto records = il::CsvReader::parse(bytes, QStringLiteral("report.csv"));
    ASSERT_EQ(records.size(), 4u);
    const qsizetype tip = records[0].fields.indexOf(QStringLiteral("transfer_log_tip_id"));
    ASSERT_GE(tip, 0) << records[0].fields.join(u'|').toStdString();
    EXPECT_EQ(records[1].fields.value(tip), QStringLiteral("12"));
    EXPECT_EQ(records[3].fields.value(records[0].fields.indexOf(QStringLiteral("Customer"))),
              QStringLiteral("Bos, Elektro\tB.V."));
}
