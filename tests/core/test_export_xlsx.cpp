#include "export/TransferExport.h"
#include "table/XlsxWriter.h"
#include "errors/UserError.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using il::Decimal;
using il::Table;

namespace {

// One member of a zip file as text: through unzip when installed, else through python3's zipfile.
QString zipMember(const QString& zip, const QString& member) {
    QProcess p;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    } else {
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                            QStringLiteral("import sys,zipfile; sys.stdout.buffer.write("
                                                           "zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                                            zip, member});
    }
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

Table sample() {
    Table t;
    t.header = {QStringLiteral("line_id"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                QStringLiteral("outcome"), QStringLiteral("message")};
    t.addRow({QStringLiteral("L1"), Decimal::fromString(u"19.99"), Decimal::fromString(u"-12.5"),
              QStringLiteral("pushed"), QStringLiteral("=not a formula & <xml>")});
    t.addRow(
        {QStringLiteral("L2"), QString(), Decimal::fromString(u"1234567.891234"), QStringLiteral("failed"),
         QStringLiteral("a rather long ConnectWise message that makes this column wider than the others")});
    return t;
}

} // namespace

TEST(ExportXlsx, WritesAZipWorkbookWithNumbersBoldFrozenHeaderFilterAndWidths) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.xlsx"));
    il::XlsxWriter::write(sample(), path, QStringLiteral("Transfers"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK"));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial")));

    const QString sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    const QString styles = zipMember(path, QStringLiteral("xl/styles.xml"));
    const QString book = zipMember(path, QStringLiteral("xl/workbook.xml"));
    ASSERT_FALSE(sheet.isEmpty()) << "cannot read the sheet (needs unzip or python3)";
    // Numbers are numeric cells (no t="s"), holding the exact value.
    EXPECT_TRUE(sheet.contains(QStringLiteral("<c r=\"B2\"><v>19.99</v></c>"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<c r=\"C2\"><v>-12.5</v></c>"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<c r=\"C3\"><v>1234567.891234</v></c>")))
        << sheet.toStdString();
    EXPECT_FALSE(sheet.contains(QStringLiteral("r=\"B3\""))) << "an empty cell is not written";
    // Text is text, never a formula.
    EXPECT_FALSE(sheet.contains(QStringLiteral("<f>")));
    EXPECT_TRUE(strings.contains(QStringLiteral("=not a formula &amp; &lt;xml&gt;")))
        << strings.toStdString();
    for (const char* h : {"line_id", "old_value", "new_value", "outcome", "message"})
        EXPECT_TRUE(strings.contains(QStringLiteral("<t>%1</t>").arg(QLatin1String(h)))) << h;
    // Header: bold style, frozen below row 1, autofilter over the table.
    EXPECT_TRUE(styles.contains(QStringLiteral("<b/>"))) << styles.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"s\">"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("state=\"frozen\""))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:E3\"/>"))) << sheet.toStdString();
    EXPECT_TRUE(book.contains(QStringLiteral("name=\"Transfers\""))) << book.toStdString();
    // Widths follow the content: the long message column is wider than the short line id.
    const QString wide = QString::number(il::XlsxWriter::columnWidth(79));
    const QString narrow = QString::number(il::XlsxWriter::columnWidth(8));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<col min=\"5\" max=\"5\" width=\"%1").arg(wide)))
        << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<col min=\"1\" max=\"1\" width=\"%1").arg(narrow)))
        << sheet.toStdString();
}

TEST(ExportXlsx, AnUnwritablePathIsAUserErrorAndLeavesNothingBehind) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/log.xlsx"));
    EXPECT_THROW(il::XlsxWriter::write(sample(), path), il::UserError);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ExportXlsx, TransferExportWritesTheLogAsAWorkbook) {
    QTemporaryDir dir;
    il::Transfer t;
    t.id = 1;
    t.month = QStringLiteral("2024-04");
    t.createdAt = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    t.lineId = QStringLiteral("L1");
    t.field = il::TransferField::Quantity;
    t.oldValue = Decimal::fromString(u"3");
    t.newValue = Decimal::fromString(u"4");
    t.outcome = il::TransferOutcome::AlreadyInEffect;
    const QString path = dir.filePath(QStringLiteral("log.xlsx"));
    il::TransferExport::save({t}, path);
    const QString strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.contains(QStringLiteral("<t>already_in_effect</t>"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("<t>outcome</t>")));
    const QString sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>4</v>"))) << sheet.toStdString();
}
