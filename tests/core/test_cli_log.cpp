// issue 7, point 7, through the real invoicelink-cli and the real keychain (private D-Bus
// session): the tip anchored after a push batch catches cut rows that the database alone hides,
// exports carry the tip, and `log` never creates a database.

#include "CliFixture.h"

#include "store/Database.h"
#include "store/LogVerifier.h"
#include "store/TipAnchor.h"

#include <QDir>
#include <QFileInfo>

class CliLogTest : public CliTest {
protected:
    void TearDown() override {
        if (QFileInfo::exists(databasePath())) {
            il::Database db(QStringLiteral("sqlite://") + databasePath());
            il::runSync(m_store->remove(il::TipAnchor::secretName(db)));
        }
        CliTest::TearDown();
    }
    QString databasePath() const { return m_home + QStringLiteral("/data/InvoiceLink/test.sqlite"); }
    QString month() { return sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM")); }
    CliResult verify(const QStringList& extra = {}) {
        return cli(QStringList{QStringLiteral("log"), QStringLiteral("verify")} + extra);
    }
};

TEST_F(CliLogTest, LogVerifyOnAMissingDatabaseFailsNamingItAndCreatesNothing) {
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_EQ(r.err, QStringLiteral("invoicelink-cli: database %1 does not exist\n").arg(databasePath()));
    EXPECT_FALSE(QFileInfo::exists(databasePath()));
    EXPECT_FALSE(QFileInfo::exists(QFileInfo(databasePath()).absolutePath()));
    const CliResult exported =
        cli({QStringLiteral("log"), QStringLiteral("export"), tempDir() + QStringLiteral("/x.csv")});
    EXPECT_EQ(exported.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(databasePath()));
}

TEST_F(CliLogTest, CutRowsWithARewrittenEndPassTheDatabaseButNotTheKeychainAnchorOrTheExports) {
    storeSecrets(true);
    const QString report = tempDir() + QStringLiteral("/report.csv");
    const CliResult pushed =
        cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month(), QStringLiteral("--apply"),
             QStringLiteral("all"), QStringLiteral("--export"), report});
    ASSERT_EQ(pushed.exitCode, 1) << pushed.err.toStdString();
    EXPECT_TRUE(pushed.out.contains(QStringLiteral("Transfer log tip (for log verify --tip): ")))
        << pushed.out.toStdString();

    const CliResult intact = verify();
    ASSERT_EQ(intact.exitCode, 0) << intact.out.toStdString();
    EXPECT_TRUE(
        intact.out.contains(QStringLiteral("matches this machine's anchor (keychain entry transferlog.tip.")))
        << intact.out.toStdString();
    const QString exported = tempDir() + QStringLiteral("/transfers.csv");
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("export"), exported}).exitCode, 0);
    EXPECT_EQ(verify({QStringLiteral("--against"), exported}).exitCode, 0);
    EXPECT_EQ(verify({QStringLiteral("--against"), report}).exitCode, 0);

    il::LogTip tip;
    {
        il::Database db(QStringLiteral("sqlite://") + databasePath());
        tip = il::LogVerifier(db).last();
        ASSERT_GT(tip.id, 3);
        EXPECT_TRUE(intact.out.contains(QStringLiteral("tip: ") + tip.text())) << intact.out.toStdString();
        EXPECT_TRUE(pushed.out.contains(tip.sentence())) << pushed.out.toStdString();
        // The attack: the last rows go, and the database's record of its end is made to agree.
        const qint64 keep = tip.id - 3;
        db.exec(QStringLiteral("DELETE FROM transfers WHERE id > ?"), {keep});
        db.exec(QStringLiteral("UPDATE transfer_log_tip SET row_count = ?, last_id = ?, tip_hash = "
                               "(SELECT hash FROM transfers WHERE id = ?) WHERE id = 1"),
                {keep, keep, keep});
    }
    const CliResult cut = verify();
    EXPECT_EQ(cut.exitCode, 1) << cut.out.toStdString();
    EXPECT_TRUE(
        cut.out.startsWith(QStringLiteral("transfer log NOT intact: row %1 is missing: this machine's anchor "
                                          "(keychain entry transferlog.tip.")
                               .arg(tip.id)))
        << cut.out.toStdString();
    EXPECT_TRUE(cut.out.contains(QStringLiteral("ends at row %1").arg(tip.id - 3))) << cut.out.toStdString();

    // A tip kept from an export or a mail catches it too, on a machine without the anchor.
    il::runSync(m_store->remove(
        il::TipAnchor::secretName(il::Database(QStringLiteral("sqlite://") + databasePath()))));
    const CliResult noAnchor = verify();
    EXPECT_EQ(noAnchor.exitCode, 0) << noAnchor.out.toStdString();
    EXPECT_TRUE(noAnchor.out.contains(QStringLiteral("no anchor on this machine yet")))
        << noAnchor.out.toStdString();
    EXPECT_EQ(verify({QStringLiteral("--against"), exported}).exitCode, 1);
    EXPECT_EQ(verify({QStringLiteral("--against"), report}).exitCode, 1);
    const CliResult mailed = verify({QStringLiteral("--tip"), tip.text()});
    EXPECT_EQ(mailed.exitCode, 1);
    EXPECT_TRUE(mailed.out.contains(QStringLiteral("--tip %1").arg(tip.text()))) << mailed.out.toStdString();
}

TEST_F(CliLogTest, ATipWithAWrongHashFailsAndAMalformedOneIsAUsageError) {
    storeSecrets(true);
    ASSERT_EQ(cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month(), QStringLiteral("--apply"),
                   QStringLiteral("all")})
                  .exitCode,
              1);
    il::LogTip tip;
    {
        il::Database db(QStringLiteral("sqlite://") + databasePath());
        tip = il::LogVerifier(db).last();
    }
    EXPECT_EQ(verify({QStringLiteral("--tip"), tip.text()}).exitCode, 0);
    il::LogTip wrong = tip;
    wrong.hash = QString(64, QLatin1Char('0'));
    const CliResult bad = verify({QStringLiteral("--tip"), wrong.text()});
    EXPECT_EQ(bad.exitCode, 1) << bad.out.toStdString();
    EXPECT_TRUE(bad.out.contains(QStringLiteral("row %1 is not the row --tip").arg(tip.id)))
        << bad.out.toStdString();
    const CliResult malformed = verify({QStringLiteral("--tip"), QStringLiteral("12:xyz")});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("--tip takes ID:HASH"))) << malformed.err.toStdString();
}
