// issue 7, point 7: the transfer log proves what it claims. The chain and the database's own
// record of its end cannot catch someone who cuts the last rows and rewrites that record (both
// live in the same database); the tip anchored in the keychain and the tips in exports can.

#include "PgTestServer.h"

#include "table/CsvWriter.h"
#include "export/ExportTip.h"
#include "export/ReportExport.h"
#include "export/TransferExport.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "reconcile/MonthResult.h"
#include "settings/MemorySecretStore.h"
#include "store/Database.h"
#include "store/LogTip.h"
#include "store/LogVerifier.h"
#include "store/TipAnchor.h"
#include "store/TransferLog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using il::LogTip;
using il::LogVerifier;
using il::MemorySecretStore;
using il::runSync;
using il::TipAnchor;
using il::Transfer;
using il::TransferLog;
using il::test::StoreTest;

namespace {

Transfer pushed(int addition) {
    Transfer t;
    t.month = QStringLiteral("2024-04");
    t.lineId = QStringLiteral("line-%1").arg(addition);
    t.agreementId = 500;
    t.additionId = addition;
    t.field = il::TransferField::Quantity;
    t.oldValue = il::Decimal::fromString(u"3");
    t.newValue = il::Decimal::fromString(u"4");
    t.outcome = il::TransferOutcome::Pushed;
    t.message = QStringLiteral("OK");
    t.user = QStringLiteral("ann");
    return t;
}

// What someone with write access to the database alone does to hide the last writes: delete the
// rows after `keep` and make the database's own record of the end agree.
void cutTo(il::Database& db, qint64 keep) {
    db.exec(QStringLiteral("DELETE FROM transfers WHERE id > ?"), {keep});
    const QString hash =
        db.scalar(QStringLiteral("SELECT hash FROM transfers WHERE id = ?"), {keep}).toString();
    db.exec(
        QStringLiteral("UPDATE transfer_log_tip SET row_count = ?, last_id = ?, tip_hash = ? WHERE id = 1"),
        {keep, keep, hash});
}

} // namespace

class StoreTipAnchor : public StoreTest {
protected:
    // Appends n rows and anchors the tip, as the end of a push batch does.
    void pushBatch(il::Database& db, MemorySecretStore& keychain, int n, int from = 1) {
        TransferLog log(db);
        for (int i = 0; i < n; ++i)
            log.append(pushed(from + i));
        runSync(TipAnchor(keychain, db).record());
    }
};
IL_STORE_TEST_BACKENDS(StoreTipAnchor);

TEST_P(StoreTipAnchor, CuttingTheLastRowsAndRewritingTheRecordedEndFailsAgainstTheAnchor) {
    auto db = open();
    MemorySecretStore keychain;
    pushBatch(*db, keychain, 4);
    cutTo(*db, 2);

    // The attack the anchor exists for: the database alone no longer shows it.
    ASSERT_TRUE(TransferLog(*db).verify().ok);

    const LogVerifier::Result v = runSync(TipAnchor(keychain, *db).verify());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, 3);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("row 4 is missing"))) << v.reason.toStdString();
    EXPECT_TRUE(v.reason.contains(QStringLiteral("memory entry ") + TipAnchor::secretName(*db)))
        << v.reason.toStdString();
    EXPECT_TRUE(v.reason.contains(QStringLiteral("ends at row 2"))) << v.reason.toStdString();
}

TEST_P(StoreTipAnchor, RewritingTheCutRowsAndTheNextPushAreCaughtAndTheAnchorStays) {
    auto db = open();
    MemorySecretStore keychain;
    pushBatch(*db, keychain, 4);
    const LogTip anchored = *runSync(TipAnchor(keychain, *db).load());
    ASSERT_EQ(anchored.id, 4);
    cutTo(*db, 2);
    // Rows 3 and 4 written again, with other values, through the program itself: a clean chain.
    TransferLog log(*db);
    log.append(pushed(30));
    log.append(pushed(40));
    ASSERT_TRUE(log.verify().ok);

    const LogVerifier::Result v = runSync(TipAnchor(keychain, *db).verify());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, 4);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("row 4 is not the row"))) << v.reason.toStdString();

    // The next push batch must not bless the rewritten log by moving the anchor over it.
    log.append(pushed(50));
    try {
        runSync(TipAnchor(keychain, *db).record());
        FAIL() << "anchoring a log that no longer holds the anchored row must be refused";
    } catch (const il::UserError& e) {
        EXPECT_NE(std::string(e.what()).find("the anchor stays at row 4"), std::string::npos) << e.what();
        EXPECT_EQ(e.remedy().action, il::Remedy::Action::VerifyTransferLog); // worded by each front end
        EXPECT_EQ(std::string(e.what()).find("invoicelink-cli"), std::string::npos) << e.what();
    }
    EXPECT_EQ(*runSync(TipAnchor(keychain, *db).load()), anchored);
    EXPECT_FALSE(runSync(TipAnchor(keychain, *db).verify()).ok);
}

TEST_P(StoreTipAnchor, ALaterAppendByAnotherMachineStillVerifies) {
    MemorySecretStore mine;
    MemorySecretStore theirs;
    {
        auto db = open();
        pushBatch(*db, mine, 3);
    }
    {
        auto other = open(); // another machine on the shared database, with its own keychain
        pushBatch(*other, theirs, 2, 100);
    }
    auto db = open();
    const LogVerifier::Result here = runSync(TipAnchor(mine, *db).verify());
    EXPECT_TRUE(here.ok) << here.reason.toStdString();
    EXPECT_EQ(here.rowsChecked, 5);
    ASSERT_EQ(here.notes.size(), 1);
    EXPECT_TRUE(here.notes[0].startsWith(QStringLiteral("row 3 matches this machine's anchor")))
        << here.notes[0].toStdString();
    EXPECT_TRUE(here.notes[0].contains(
        QStringLiteral("rows 4 to 5 came later and are checked by the hash chain only")))
        << here.notes[0].toStdString();
    const LogVerifier::Result there = runSync(TipAnchor(theirs, *db).verify());
    EXPECT_TRUE(there.ok) << there.reason.toStdString();
    ASSERT_EQ(there.notes.size(), 1);
    EXPECT_TRUE(there.notes[0].startsWith(QStringLiteral("row 5 matches"))) << there.notes[0].toStdString();
    // My next batch moves my anchor forward over their rows: they chain to mine.
    pushBatch(*db, mine, 1, 200);
    EXPECT_EQ(runSync(TipAnchor(mine, *db).load())->id, 6);
}

TEST_P(StoreTipAnchor, NoAnchorYetIsReportedAndIsNotAFailure) {
    auto db = open();
    TransferLog log(*db);
    log.append(pushed(1));
    MemorySecretStore keychain;
    const LogVerifier::Result v = runSync(TipAnchor(keychain, *db).verify());
    EXPECT_TRUE(v.ok) << v.reason.toStdString();
    EXPECT_EQ(v.rowsChecked, 1);
    ASSERT_EQ(v.notes.size(), 1);
    EXPECT_TRUE(v.notes[0].startsWith(QStringLiteral("no anchor on this machine yet")))
        << v.notes[0].toStdString();
    // An empty log anchors nothing; a damaged entry is an error, never read as "no anchor".
    auto empty = std::make_unique<il::Database>(url());
    empty->exec(QStringLiteral("DELETE FROM transfers"));
    empty->exec(
        QStringLiteral("UPDATE transfer_log_tip SET row_count = 0, last_id = 0, tip_hash = ? WHERE id = 1"),
        {QString(64, QLatin1Char('0'))});
    EXPECT_TRUE(runSync(TipAnchor(keychain, *empty).record()).isEmpty());
    EXPECT_FALSE(runSync(TipAnchor(keychain, *empty).load()).has_value());
    runSync(keychain.write(TipAnchor::secretName(*db), QStringLiteral("{\"id\":\"7\"}")));
    EXPECT_THROW(runSync(TipAnchor(keychain, *db).verify()), il::UserError);
}

TEST_P(StoreTipAnchor, TheExportsLastHashIsTheTipAndAWrongTipFails) {
    auto db = open();
    MemorySecretStore keychain;
    pushBatch(*db, keychain, 3);
    const LogTip tip = LogVerifier(*db).last();
    EXPECT_EQ(*runSync(TipAnchor(keychain, *db).load()), tip);

    const il::Table table = il::TransferExport::table(TransferLog(*db).list());
    // The CSV header is a contract: the hash is added after the columns there were, and the
    // columns of a write to either system after the hash, then a decision row's decision and
    // the values a create wrote (issue 10).
    EXPECT_EQ(table.header.join(u','),
              QStringLiteral(
                  "id,run_id,month,created_at,line_id,agreement_id,addition_id,field,old_value,new_value,"
                  "outcome,message,request_id,user,note,line_note,hash,target,object_kind,object_id,"
                  "decision,quantity,unit_cost,unit_price"));
    EXPECT_EQ(il::cellText(table.rows.back().at(16)), tip.hash);
    EXPECT_EQ(il::cellText(table.rows.back().front()), QString::number(tip.id));

    const QString csv = tempPath(QStringLiteral("transfers.csv"));
    il::TransferExport::save(TransferLog(*db).list(), csv);
    const LogVerifier::Expected fromExport = il::ExportTip::read(csv);
    EXPECT_EQ(fromExport.tip, tip);
    EXPECT_TRUE(LogVerifier(*db).verify({fromExport}).ok);

    LogTip wrong = tip;
    wrong.hash = QString(64, QLatin1Char('a'));
    const LogVerifier::Result bad =
        LogVerifier(*db).verify({{wrong, QStringLiteral("--tip ") + wrong.text()}});
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadId, 3);
    EXPECT_TRUE(bad.reason.contains(QStringLiteral("row 3 is not the row --tip 3:aaaa")))
        << bad.reason.toStdString();

    // The export kept elsewhere catches the cut even on a machine without the anchor.
    cutTo(*db, 1);
    const LogVerifier::Result cut = LogVerifier(*db).verify({fromExport});
    EXPECT_FALSE(cut.ok);
    EXPECT_TRUE(cut.reason.contains(QStringLiteral("the export ") + csv)) << cut.reason.toStdString();
}

TEST(StoreTipAnchorReport, TheReconcileReportCarriesTheRunsTipInNamedColumns) {
    il::MonthResult r;
    r.month = QDate(2024, 4, 1);
    r.records.append(il::LineRecord{});
    r.logTip = {12, QString(64, QLatin1Char('b')), {}};
    const il::Table table = il::ReportExport::table(r);
    ASSERT_GE(table.header.size(), 2);
    EXPECT_EQ(table.header.mid(table.header.size() - 2),
              (QStringList{QStringLiteral("transfer_log_tip_id"), QStringLiteral("transfer_log_tip_hash")}));
    EXPECT_EQ(il::cellText(table.rows[0][table.header.size() - 2]), QStringLiteral("12"));
    EXPECT_EQ(il::cellText(table.rows[0][table.header.size() - 1]), r.logTip.hash);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(il::CsvWriter::toBytes(table));
    file.close();
    const LogVerifier::Expected e = il::ExportTip::read(path);
    EXPECT_EQ(e.tip, r.logTip);
    EXPECT_TRUE(e.origin.contains(QStringLiteral("the report"))) << e.origin.toStdString();
}

TEST(StoreTipAnchorText, TipTextParsesBackAndTheKeychainValueRoundTrips) {
    const LogTip tip{123, QString(64, QLatin1Char('c')),
                     QDateTime(QDate(2024, 5, 3), QTime(14, 30), Qt::UTC)};
    EXPECT_EQ(tip.text(), QStringLiteral("123:") + QString(64, QLatin1Char('c')));
    EXPECT_EQ(LogTip::parse(QStringLiteral("  123:") + QString(64, QLatin1Char('C'))), tip);
    EXPECT_EQ(tip.sentence(), QStringLiteral("Transfer log tip (for log verify --tip): ") + tip.text());
    for (const QString& bad : {QStringLiteral("123"), QStringLiteral("0:") + QString(64, QLatin1Char('c')),
                               QStringLiteral("x:") + QString(64, QLatin1Char('c')), QStringLiteral("5:abc"),
                               QStringLiteral("5:") + QString(64, QLatin1Char('g'))})
        EXPECT_FALSE(LogTip::parse(bad).has_value()) << bad.toStdString();
    const auto back = LogTip::fromJson(tip.toJson());
    ASSERT_TRUE(back.has_value()) << tip.toJson().toStdString();
    EXPECT_EQ(*back, tip);
    EXPECT_EQ(back->at, tip.at);
    for (const char* bad :
         {"", "[]", "{\"id\":1.5,\"hash\":\"cc\"}", "{\"id\":-1}", "{\"id\":1e300,\"hash\":\"cc\"}"})
        EXPECT_FALSE(LogTip::fromJson(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(StoreTipAnchorName, OneAnchorPerDatabaseWhateverTheSpellingOfItsPath) {
    QTemporaryDir dir;
    il::Database a(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("a.sqlite")));
    il::Database sameA(QStringLiteral("sqlite://") + dir.path() + QStringLiteral("/x/../a.sqlite"));
    il::Database b(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("b.sqlite")));
    EXPECT_TRUE(TipAnchor::secretName(a).contains(
        QRegularExpression(QStringLiteral("^transferlog\\.tip\\.[0-9a-f]{12}$"))))
        << TipAnchor::secretName(a).toStdString();
    EXPECT_EQ(TipAnchor::secretName(a), TipAnchor::secretName(sameA));
    EXPECT_NE(TipAnchor::secretName(a), TipAnchor::secretName(b));
}

TEST(StoreDatabaseMustExist, AMissingSqliteFileIsRefusedAndNotCreated) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/none.sqlite"));
    il::Database::Options options;
    options.mustExist = true;
    try {
        il::Database db(QStringLiteral("sqlite://") + path, options);
        FAIL() << "a missing database must not be opened";
    } catch (const il::UserError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("database %1 does not exist").arg(path));
    }
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("sub"))));
}
