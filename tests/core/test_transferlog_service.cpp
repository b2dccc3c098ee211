// issue 9, point 4: the one way into the transfer log for the window and the `log` commands:
// rows with their line notes, a note on any line of any month, exports to a file or to bytes
// (the old columns first, the write's system and object after them) and the full check.

#include "PgTestServer.h"

#include "async/RunSync.h"
#include "errors/UserError.h"
#include "export/TransferLogService.h"
#include "settings/MemorySecretStore.h"
#include "store/Database.h"
#include "store/TransferLog.h"
#include "table/CsvReader.h"

#include <QFile>

using il::Decimal;
using il::Transfer;
using il::TransferLogService;
using il::TransferOutcome;
using il::test::StoreTest;

namespace {

Transfer addition(const char* month, int id, TransferOutcome outcome) {
    Transfer t;
    t.month = QLatin1String(month);
    t.lineId = QStringLiteral("line-%1").arg(id);
    t.agreementId = 500;
    t.additionId = id;
    t.field = il::TransferField::UnitPrice;
    t.oldValue = Decimal::fromString(u"9.5");
    t.newValue = Decimal::fromString(u"9.75");
    t.outcome = outcome;
    t.message = QStringLiteral("OK");
    t.requestId = QStringLiteral("req-%1").arg(id);
    t.user = QStringLiteral("ann");
    return t;
}

Transfer salesInvoice() {
    Transfer t = addition("2024-05", 0, TransferOutcome::Failed);
    t.lineId = QStringLiteral("cw-invoice-77");
    t.agreementId = 0;
    t.target = il::TargetSystem::ExactOnline;
    t.objectKind = il::TransferObject::SalesInvoice;
    t.objectId = QStringLiteral("4f2a9c1e-0b7d-4e8a-9a51-2d3c4b5a6f70");
    t.field = il::TransferField::Create;
    t.oldValue.reset();
    t.message = QStringLiteral("Exact Online refused: journal 70 is closed");
    return t;
}

QStringList csvLines(const QByteArray& csv) {
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.size() == 1)
        lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    return lines;
}

} // namespace

class TransferLogServiceTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        db = open();
        il::TransferLog log(*db);
        log.append(addition("2024-04", 901, TransferOutcome::Pushed));
        log.append(addition("2024-04", 902, TransferOutcome::RefusedChanged));
        log.append(salesInvoice());
    }
    std::unique_ptr<il::Database> db;
    il::MemorySecretStore keychain;
};
IL_STORE_TEST_BACKENDS(TransferLogServiceTest);

TEST_P(TransferLogServiceTest, ListsAMonthWithTheNotesOfItsLinesAndTakesANoteOnAnyLineOfAnyMonth) {
    TransferLogService service(*db, keychain, QStringLiteral("bob"));
    // Notes on lines of a month no run has loaded: the window offers them on every row.
    service.setNote(QStringLiteral("2024-04"), QStringLiteral("line-902"), QStringLiteral("ask sales"));
    service.setNote(QStringLiteral("2024-05"), QStringLiteral("cw-invoice-77"),
                    QStringLiteral("reopen journal"));
    service.setNote(QStringLiteral("2024-05"), QStringLiteral("line-902"), QStringLiteral("other month"));

    const TransferLogService::Listing april = service.list(QStringLiteral("2024-04"));
    ASSERT_EQ(april.transfers.size(), 2u);
    EXPECT_EQ(april.noteOf(april.transfers[0]), QString());
    EXPECT_EQ(april.noteOf(april.transfers[1]), QStringLiteral("ask sales"))
        << "a note belongs to its month: May's note on the same line id does not show in April";
    const TransferLogService::Listing failed = service.list({}, TransferOutcome::Failed);
    ASSERT_EQ(failed.transfers.size(), 1u);
    EXPECT_EQ(failed.transfers[0].target, il::TargetSystem::ExactOnline);
    EXPECT_EQ(failed.noteOf(failed.transfers[0]), QStringLiteral("reopen journal"));

    EXPECT_EQ(service.note(QStringLiteral("2024-05"), QStringLiteral("cw-invoice-77")),
              QStringLiteral("reopen journal"));
    service.setNote(QStringLiteral("2024-05"), QStringLiteral("cw-invoice-77"), QStringLiteral("  "));
    EXPECT_EQ(service.note(QStringLiteral("2024-05"), QStringLiteral("cw-invoice-77")), QString())
        << "a blank note removes it";
}

TEST_P(TransferLogServiceTest, ExportsKeepTheOldColumnsAndAddTheSystemAndObjectAtTheEnd) {
    TransferLogService service(*db, keychain, QStringLiteral("bob"));
    service.setNote(QStringLiteral("2024-05"), QStringLiteral("cw-invoice-77"),
                    QStringLiteral("reopen journal"));
    const QStringList lines = csvLines(service.exportBytes(TransferLogService::Format::Csv));
    ASSERT_EQ(lines.size(), 4) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines[0],
              QStringLiteral("id,run_id,month,created_at,line_id,agreement_id,addition_id,field,old_value,"
                             "new_value,outcome,message,request_id,user,note,line_note,hash,target,"
                             "object_kind,object_id,decision,quantity,unit_cost,unit_price"));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",connectwise,agreementAddition,901,,,,")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[3].endsWith(
        QStringLiteral(",reopen journal,%1,exact,salesInvoice,4f2a9c1e-0b7d-4e8a-9a51-2d3c4b5a6f70,,,,")
            .arg(service.tip().hash)))
        << lines[3].toStdString();

    // One month to a file: the same rows as the bytes of that month.
    const QString csv = tempPath(QStringLiteral("april.csv"));
    EXPECT_EQ(service.exportTo(csv, QStringLiteral("2024-04")), 2);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(),
              service.exportBytes(TransferLogService::Format::Csv, QStringLiteral("2024-04")));
    // The tip an export carries is what `log verify --against` checks.
    const TransferLogService::Expected fromFile = TransferLogService::tipOfExport(csv);
    EXPECT_EQ(fromFile.tip.id, 2);

    EXPECT_TRUE(service.exportBytes(TransferLogService::Format::Xlsx).startsWith("PK")) << "an XLSX is a zip";
    const QString xlsx = tempPath(QStringLiteral("log.data"));
    EXPECT_EQ(service.exportTo(xlsx, TransferLogService::Format::Xlsx), 3);
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK");
    EXPECT_THROW(service.exportTo(tempPath(QStringLiteral("log.txt"))), il::UserError);

    // The rows a window shows (filtered) with their notes.
    const std::vector<Transfer> shown = service.list({}, TransferOutcome::Failed).transfers;
    const QStringList shownLines = csvLines(service.exportRowsBytes(shown, TransferLogService::Format::Csv));
    ASSERT_EQ(shownLines.size(), 2);
    EXPECT_TRUE(shownLines[1].contains(QStringLiteral(",reopen journal,"))) << shownLines[1].toStdString();
}

TEST_P(TransferLogServiceTest, VerifyChecksTheChainTheAnchorAndGivenTipsAndNamesTheFirstBadRow) {
    TransferLogService service(*db, keychain, QStringLiteral("bob"));
    TransferLogService::Verification v = il::runSync(service.verify());
    EXPECT_TRUE(v.ok) << v.reason.toStdString();
    EXPECT_EQ(v.rowsChecked, 3);
    EXPECT_EQ(v.tip.id, 3);
    EXPECT_FALSE(il::runSync(service.anchor()).has_value()) << "nothing anchored yet";
    EXPECT_EQ(il::runSync(service.resetAnchor()).id, 3);
    EXPECT_EQ(il::runSync(service.anchor())->id, 3);

    il::LogTip wrong = v.tip;
    wrong.hash = QString(64, QLatin1Char('a'));
    v = il::runSync(service.verify({{wrong, QStringLiteral("the mail of Monday")}}));
    EXPECT_FALSE(v.ok);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("the mail of Monday"))) << v.reason.toStdString();

    // The Exact row's object is covered by its hash.
    db->exec(QStringLiteral("UPDATE transfers SET object_id = 'another' WHERE id = 3"));
    v = il::runSync(service.verify());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, 3);
}
