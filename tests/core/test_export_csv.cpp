#include "domain/Transfer.h"
#include "table/CsvReader.h"
#include "table/CsvWriter.h"
#include "table/TableFile.h"
#include "export/TransferExport.h"
#include "errors/UserError.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using il::Cell;
using il::CsvReader;
using il::CsvWriter;
using il::Decimal;
using il::Table;

namespace {

QByteArray bom() {
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

Table oneColumn(std::vector<Cell> cells) {
    Table t;
    t.header = {QStringLiteral("v")};
    for (Cell& c : cells)
        t.addRow({std::move(c)});
    return t;
}

} // namespace

TEST(ExportCsv, WritesRfc4180WithBomAndCrlf) {
    Table t;
    t.header = {QStringLiteral("name"), QStringLiteral("amount")};
    t.addRow({QStringLiteral("plain"), Decimal::fromString(u"12.5")});
    t.addRow({QStringLiteral("a,b"), Decimal::fromString(u"0")});
    t.addRow({QStringLiteral("say \"hi\""), QString()});
    t.addRow({QStringLiteral("two\nlines"), QStringLiteral("cr\rhere")});
    t.addRow({QStringLiteral("Café €"), Decimal::fromString(u"-1234567.891234")});
    const QByteArray expected = bom() +
                                "name,amount\r\n"
                                "plain,12.5\r\n"
                                "\"a,b\",0\r\n"
                                "\"say \"\"hi\"\"\",\r\n"
                                "\"two\nlines\",\"cr\rhere\"\r\n" +
                                QStringLiteral("Café €").toUtf8() + ",-1234567.891234\r\n";
    EXPECT_EQ(CsvWriter::toBytes(t), expected);
}

TEST(ExportCsv, NeutralizesFormulasButKeepsNegativeNumbers) {
    const Table t =
        oneColumn({QStringLiteral("=SUM(A1:A9)"), QStringLiteral("+31 6 1234"), QStringLiteral("-2+3"),
                   QStringLiteral("@cmd"), QStringLiteral("\tx"), QStringLiteral("\rx"),
                   QStringLiteral("-12.5"), QStringLiteral("+7"), QStringLiteral("-1e3"), QStringLiteral("-"),
                   QStringLiteral("a=b"), Decimal::fromString(u"-3.25")});
    const QByteArray expected = bom() + "v\r\n"
                                        "'=SUM(A1:A9)\r\n"
                                        "'+31 6 1234\r\n"
                                        "'-2+3\r\n"
                                        "'@cmd\r\n"
                                        "'\tx\r\n"
                                        "\"'\rx\"\r\n"
                                        "-12.5\r\n"
                                        "+7\r\n"
                                        "-1e3\r\n"
                                        "'-\r\n"
                                        "a=b\r\n"
                                        "-3.25\r\n";
    EXPECT_EQ(CsvWriter::toBytes(t), expected);
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("=1+1,2")), QStringLiteral("'=1+1,2"));
    EXPECT_EQ(CsvWriter::quote(CsvWriter::neutralize(QStringLiteral("=1+1,2"))),
              QStringLiteral("\"'=1+1,2\""));
}

TEST(ExportCsv, NeutralizesFormulasHiddenBehindALineFeedASpaceOrFullWidthSigns) {
    // Issue 7 point 6: spreadsheets skip leading spaces and line breaks, and read ＝ (U+FF1D)
    // and the other full-width signs as =, + , - and @.
    for (const QString& risky :
         {QStringLiteral("\n=HYPERLINK(\"http://x\")"), QStringLiteral(" =1+1"),
          QStringLiteral("   @SUM(A1)"), QStringLiteral("\u00a0=1+1"), QStringLiteral("\uFF1D1+1"),
          QStringLiteral(" \uFF1D1+1"), QStringLiteral("\uFF0B1"), QStringLiteral("\uFF0D1"),
          QStringLiteral("\uFF20x"), QStringLiteral(" \n=1")}) {
        EXPECT_EQ(CsvWriter::neutralize(risky), QLatin1Char('\'') + risky) << risky.toStdString();
        // What the reader gets back is the original text.
        EXPECT_EQ(CsvReader::unneutralize(CsvWriter::neutralize(risky)), risky) << risky.toStdString();
    }
    for (const QString& plain : {QStringLiteral("a =b"), QStringLiteral("   "), QStringLiteral("x\n=1"),
                                 QStringLiteral("-12.5"), QStringLiteral("1\uFF1D1")})
        EXPECT_EQ(CsvWriter::neutralize(plain), plain) << plain.toStdString();
    // Through the writer: the line feed cell is quoted and neutralised.
    EXPECT_EQ(CsvWriter::toBytes(oneColumn({QStringLiteral("\n=1")})), bom() + "v\r\n\"'\n=1\"\r\n");
}

TEST(ExportCsv, ReaderReadsWhatTheWriterWroteBackToTheOriginalText) {
    Table t;
    t.header = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    t.addRow({QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")});
    t.addRow({QStringLiteral("=cmd"), QStringLiteral("-12.5"), QString()});
    const auto records = CsvReader::parse(CsvWriter::toBytes(t), QStringLiteral("t.csv"));
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].fields, t.header);
    EXPECT_EQ(records[1].fields, (QStringList{QStringLiteral("x,y"), QStringLiteral("say \"hi\""),
                                              QStringLiteral("two\r\nlines")}));
    EXPECT_EQ(records[2].line, 4) << "the embedded line break counts";
    EXPECT_EQ(CsvReader::unneutralize(records[2].fields[0]), QStringLiteral("=cmd"));
    EXPECT_EQ(records[2].fields[1], QStringLiteral("-12.5"));
    EXPECT_EQ(records[2].fields[2], QString());
    EXPECT_EQ(CsvReader::unneutralize(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
}

TEST(ExportCsv, ReaderNamesTheLineOfMalformedText) {
    auto messageOf = [](const QByteArray& bytes) -> std::string {
        try {
            CsvReader::parse(bytes, QStringLiteral("in.csv"));
        } catch (const il::UserError& e) {
            return e.what();
        }
        return {};
    };
    EXPECT_EQ(messageOf("a,b\n1,2\n\"open,3\n4,5\n"), "in.csv line 3: a quoted field is never closed");
    EXPECT_EQ(messageOf("a,b\n\"x\"y,2\n"), "in.csv line 2: unexpected text after a closing quote");
    EXPECT_NE(messageOf("a,b\n\xff\xfe,2\n").find("not UTF-8"), std::string::npos);
    // LF-only files, blank lines and a last line without a line end are fine.
    const auto records = CsvReader::parse("a,b\n\n1,2", QStringLiteral("in.csv"));
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].line, 3);
}

TEST(ExportCsv, TableFileChoosesTheFormatByExtension) {
    QTemporaryDir dir;
    const Table t = oneColumn({QStringLiteral("x")});
    il::TableFile::save(t, dir.filePath(QStringLiteral("a.CSV")));
    QFile csv(dir.filePath(QStringLiteral("a.CSV")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().startsWith(bom()));
    il::TableFile::save(t, dir.filePath(QStringLiteral("a.xlsx")));
    QFile xlsx(dir.filePath(QStringLiteral("a.xlsx")));
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    EXPECT_TRUE(xlsx.read(2) == "PK");
    try {
        il::TableFile::save(t, dir.filePath(QStringLiteral("a.txt")));
        FAIL() << "an unknown extension must be refused";
    } catch (const il::UserError& e) {
        EXPECT_NE(std::string(e.what()).find("must end in .csv or .xlsx"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.txt"))));
    EXPECT_THROW(il::TableFile::save(t, dir.filePath(QStringLiteral("no/such/folder/a.csv"))), il::UserError);
}

TEST(ExportTransfers, HasTheContractColumnsAndOutcomeValues) {
    const QStringList columns = il::TransferExport::columns();
    for (const char* c : {"month", "created_at", "line_id", "agreement_id", "addition_id", "field",
                          "old_value", "new_value", "outcome", "message", "request_id", "user", "note"})
        EXPECT_TRUE(columns.contains(QLatin1String(c))) << c;

    std::vector<il::Transfer> transfers;
    const il::TransferOutcome outcomes[] = {il::TransferOutcome::Pushed, il::TransferOutcome::AlreadyInEffect,
                                            il::TransferOutcome::RefusedChanged, il::TransferOutcome::Failed};
    for (int i = 0; i < 4; ++i) {
        il::Transfer t;
        t.id = i + 1;
        t.month = QStringLiteral("2024-04");
        t.createdAt = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        t.lineId = QStringLiteral("L%1").arg(i);
        t.agreementId = 500;
        t.additionId = 900 + i;
        t.field = i == 3 ? il::TransferField::Create : il::TransferField::UnitCost;
        if (i != 3)
            t.oldValue = Decimal::fromString(u"19.99");
        t.newValue = Decimal::fromString(u"-21.5");
        t.outcome = outcomes[i];
        t.message = QStringLiteral("=not a formula");
        transfers.push_back(t);
    }
    const std::vector<il::LineNote> notes = {
        {QStringLiteral("2024-04"), QStringLiteral("L1"), QStringLiteral("ask sales"), {}, {}},
        {QStringLiteral("2024-05"), QStringLiteral("L2"), QStringLiteral("other month"), {}, {}}};
    const Table table = il::TransferExport::table(transfers, notes);
    ASSERT_EQ(table.rows.size(), 4u);
    const int outcome = static_cast<int>(columns.indexOf(QStringLiteral("outcome")));
    const int oldValue = static_cast<int>(columns.indexOf(QStringLiteral("old_value")));
    const int lineNote = static_cast<int>(columns.indexOf(QStringLiteral("line_note")));
    const int created = static_cast<int>(columns.indexOf(QStringLiteral("created_at")));
    QStringList seen;
    for (const auto& row : table.rows)
        seen << il::cellText(row[outcome]);
    EXPECT_EQ(seen, (QStringList{QStringLiteral("pushed"), QStringLiteral("already_in_effect"),
                                 QStringLiteral("refused_changed"), QStringLiteral("failed")}));
    EXPECT_TRUE(std::holds_alternative<Decimal>(table.rows[0][oldValue])) << "values are numbers";
    EXPECT_EQ(il::cellText(table.rows[3][oldValue]), QString()) << "a create has no old value";
    EXPECT_EQ(il::cellText(table.rows[1][lineNote]), QStringLiteral("ask sales"));
    EXPECT_EQ(il::cellText(table.rows[2][lineNote]), QString()) << "a note of another month does not apply";
    EXPECT_EQ(il::cellText(table.rows[0][created]), QStringLiteral("2024-05-01T08:00:00.000Z"));

    const QByteArray csv = CsvWriter::toBytes(table);
    EXPECT_TRUE(csv.contains(",19.99,-21.5,pushed,'=not a formula,")) << csv.constData();
}
