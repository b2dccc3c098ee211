// Issue 7 point 6: the config, the database (with its -wal and -shm files and its folder), lock
// files and exports are created readable by the user only: 0600 files, 0700 folders, whatever
// the umask lets through.
#include "exact/ExactAuth.h"
#include "table/CsvWriter.h"
#include "table/TableFile.h"
#include "async/RunSync.h"
#include "settings/Clock.h"
#include "settings/MemorySecretStore.h"
#include "settings/PrivateFiles.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "test_exact_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace il;

namespace {

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

class PrivateFilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_umask = ::umask(022); // the usual one: files would be 0644 and folders 0755
        ASSERT_TRUE(dir.isValid());
    }
    void TearDown() override { ::umask(m_umask); }
    QTemporaryDir dir;

private:
    mode_t m_umask = 022;
};

TEST_F(PrivateFilesTest, TheConfigAndItsNewFoldersAreTheUsers) {
    const QString path = dir.filePath(QStringLiteral("config/InvoiceLink/invoicelink.ini"));
    {
        Settings settings(path);
        settings.setValue(QStringLiteral("exact/division"), QStringLiteral("123456"));
        settings.sync();
        ASSERT_TRUE(settings.status().isEmpty()) << settings.status().toStdString();
    }
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(dir.filePath(QStringLiteral("config/InvoiceLink"))), 0700);
    EXPECT_EQ(modeOf(dir.filePath(QStringLiteral("config"))), 0700);
    EXPECT_EQ(Settings(path).exactDivision(), 123456); // and it is a working config
    // An existing folder keeps its mode; only what InvoiceLink makes is restricted.
    EXPECT_EQ(modeOf(dir.path()), 0700); // QTemporaryDir's own
}

TEST_F(PrivateFilesTest, TheSqliteDatabaseItsWalShmAndFolderAreTheUsers) {
    const QString folder = dir.filePath(QStringLiteral("data/InvoiceLink"));
    const QString path = folder + QStringLiteral("/invoicelink.sqlite");
    Database db(QStringLiteral("sqlite://") + path);
    db.exec(QStringLiteral("CREATE TABLE t (x)"));
    ASSERT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(dir.filePath(QStringLiteral("data"))), 0700);
}

TEST_F(PrivateFilesTest, ExportsAreTheUsersAlsoWhenTheyReplaceAReadableFile) {
    Table table;
    table.header = {QStringLiteral("customer"), QStringLiteral("amount")};
    table.addRow({QStringLiteral("Acme"), Decimal::fromString(u"12.5")});
    for (const QString& name : {QStringLiteral("report.csv"), QStringLiteral("report.xlsx")}) {
        const QString path = dir.filePath(name);
        TableFile::save(table, path, QStringLiteral("Report"));
        EXPECT_EQ(modeOf(path), 0600) << name.toStdString();
        // A file someone left readable is replaced by a private one.
        ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
        TableFile::save(table, path, QStringLiteral("Report"));
        EXPECT_EQ(modeOf(path), 0600) << name.toStdString();
    }
}

TEST_F(PrivateFilesTest, MakeFolderRestrictsOnlyWhatItMakes) {
    const QString shared = dir.filePath(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkdir(shared));
    ASSERT_TRUE(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup));
    ASSERT_TRUE(PrivateFiles::makeFolder(shared + QStringLiteral("/a/b")));
    EXPECT_EQ(modeOf(shared), 0750);
    EXPECT_EQ(modeOf(shared + QStringLiteral("/a")), 0700);
    EXPECT_EQ(modeOf(shared + QStringLiteral("/a/b")), 0700);
    EXPECT_TRUE(PrivateFiles::makeFolder(shared + QStringLiteral("/a/b"))); // already there
}

class TokenLockFileTest : public exacttest::ExactFixture {};

TEST_F(TokenLockFileTest, TheTokenLockFileAndItsFolderAreTheUsers) {
    const mode_t before = ::umask(022);
    const QString lock = dir.filePath(QStringLiteral("locks/exact-token.lock"));
    int lockMode = -1;
    // The lock is held while the refresh is in flight: look at it from the server's side.
    spy.observe = [&](const exacttest::SandboxRequest& r) {
        if (r.path == QLatin1String("/api/oauth2/token"))
            lockMode = modeOf(lock);
    };
    HttpClient client(QStringLiteral("Exact Online"), fastPolicy());
    const std::unique_ptr<ExactConnection> connection = connect(client, lock);
    runSync(connection->auth().accessToken());
    ::umask(before);
    EXPECT_EQ(lockMode, 0600);
    EXPECT_EQ(modeOf(dir.filePath(QStringLiteral("locks"))), 0700);
}

} // namespace
