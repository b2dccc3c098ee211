#include "PgTestServer.h"

#include "table/CsvReader.h"
#include "errors/UserError.h"
#include "settings/Clock.h"
#include "store/Database.h"
#include "store/LinkStore.h"

#include <QFile>

using il::CustomerLink;
using il::LineLink;
using il::LinkOrigin;
using il::LinkStore;
using il::test::StoreTest;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class StoreLinks : public StoreTest {
protected:
    il::ManualClock clock{QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)};
};
IL_STORE_TEST_BACKENDS(StoreLinks);

TEST_P(StoreLinks, UpsertLookupListAndDelete) {
    auto db = open();
    LinkStore links(*db, QStringLiteral("ann"), clock);
    EXPECT_FALSE(links.customerLink(QStringLiteral("C1")).has_value());
    EXPECT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 11, LinkOrigin::Auto}));
    EXPECT_TRUE(links.upsert(CustomerLink{QStringLiteral("C0"), 10, LinkOrigin::Suggested}));
    EXPECT_TRUE(links.upsert(LineLink{QStringLiteral("C1"), QStringLiteral("BACKUP-10"), 11, 501,
                                      QStringLiteral("BKP10"), LinkOrigin::Auto}));

    const auto c1 = links.customerLink(QStringLiteral("C1"));
    ASSERT_TRUE(c1.has_value());
    EXPECT_EQ(c1->companyId, 11);
    EXPECT_EQ(c1->origin, LinkOrigin::Auto);
    EXPECT_EQ(c1->setBy, QStringLiteral("ann"));
    EXPECT_EQ(c1->setAt, clock.nowUtc());
    EXPECT_EQ(c1->setAt.timeSpec(), Qt::UTC);

    const auto line = links.lineLink(QStringLiteral("C1"), QStringLiteral("BACKUP-10"));
    ASSERT_TRUE(line.has_value());
    EXPECT_EQ(line->agreementId, 501);
    EXPECT_EQ(line->productIdentifier, QStringLiteral("BKP10"));
    EXPECT_FALSE(links.lineLink(QStringLiteral("C1"), QStringLiteral("backup-10")).has_value())
        << "item codes are stored as Exact sends them";

    const auto all = links.customerLinks();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].customerKey, QStringLiteral("C0"));
    EXPECT_EQ(all[0].origin, LinkOrigin::Suggested);
    EXPECT_EQ(links.lineLinks().size(), 1u);

    EXPECT_TRUE(links.removeCustomerLink(QStringLiteral("C0")));
    EXPECT_FALSE(links.removeCustomerLink(QStringLiteral("C0")));
    EXPECT_TRUE(links.removeLineLink(QStringLiteral("C1"), QStringLiteral("BACKUP-10")));
    EXPECT_EQ(links.customerLinks().size(), 1u);
    EXPECT_TRUE(links.lineLinks().empty());
}

TEST_P(StoreLinks, AConfirmedLinkIsNeverOverwrittenByAnAutoOne) {
    auto db = open();
    LinkStore links(*db, QStringLiteral("ann"), clock);
    ASSERT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 11, LinkOrigin::Confirmed}));
    ASSERT_TRUE(links.upsert(LineLink{QStringLiteral("C1"), QStringLiteral("X"), 11, 501, QStringLiteral("P"),
                                      LinkOrigin::Confirmed}));
    clock.advance(60);
    LinkStore robot(*db, QStringLiteral("linker"), clock);
    EXPECT_FALSE(robot.upsert(CustomerLink{QStringLiteral("C1"), 99, LinkOrigin::Auto}));
    EXPECT_FALSE(robot.upsert(CustomerLink{QStringLiteral("C1"), 99, LinkOrigin::Suggested}));
    EXPECT_FALSE(robot.upsert(
        LineLink{QStringLiteral("C1"), QStringLiteral("X"), 99, 777, QStringLiteral("Q"), LinkOrigin::Auto}));
    const auto c = links.customerLink(QStringLiteral("C1"));
    EXPECT_EQ(c->companyId, 11);
    EXPECT_EQ(c->origin, LinkOrigin::Confirmed);
    EXPECT_EQ(c->setBy, QStringLiteral("ann"));
    const auto l = links.lineLink(QStringLiteral("C1"), QStringLiteral("X"));
    EXPECT_EQ(l->agreementId, 501);
    EXPECT_EQ(l->productIdentifier, QStringLiteral("P"));

    // The user may change their own mind.
    EXPECT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 12, LinkOrigin::Confirmed}));
    EXPECT_EQ(links.customerLink(QStringLiteral("C1"))->companyId, 12);
    // An auto link yields to a newer auto link.
    EXPECT_TRUE(robot.upsert(CustomerLink{QStringLiteral("C2"), 1, LinkOrigin::Auto}));
    EXPECT_TRUE(robot.upsert(CustomerLink{QStringLiteral("C2"), 2, LinkOrigin::Auto}));
    EXPECT_EQ(links.customerLink(QStringLiteral("C2"))->companyId, 2);
}

TEST_P(StoreLinks, AnUnchangedLinkKeepsWhenItWasSet) {
    auto db = open();
    LinkStore links(*db, QStringLiteral("linker"), clock);
    const QDateTime first = clock.nowUtc();
    ASSERT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 11, LinkOrigin::Auto}));
    clock.advance(3600);
    EXPECT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 11, LinkOrigin::Auto}))
        << "the store holds it";
    EXPECT_EQ(links.customerLink(QStringLiteral("C1"))->setAt, first);
    ASSERT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 12, LinkOrigin::Auto}));
    EXPECT_EQ(links.customerLink(QStringLiteral("C1"))->setAt, clock.nowUtc());
}

TEST_P(StoreLinks, CsvRoundTripKeepsEveryLinkAndMarksThemConfirmed) {
    auto db = open();
    LinkStore links(*db, QStringLiteral("ann"), clock);
    // Keys that need quoting, a leading minus or equals sign (neutralized in the file), accents.
    links.upsert(CustomerLink{QStringLiteral("Acme, Inc."), 11, LinkOrigin::Auto});
    links.upsert(CustomerLink{QStringLiteral("=HYPERLINK(\"x\")"), 12, LinkOrigin::Suggested});
    links.upsert(CustomerLink{QStringLiteral("Café Müller"), 13, LinkOrigin::Confirmed});
    links.upsert(LineLink{QStringLiteral("-42"), QStringLiteral("-SUB"), 14, 0, QString(), LinkOrigin::Auto});
    links.upsert(LineLink{QStringLiteral("C1"), QStringLiteral("BACKUP \"10\""), 15, 501,
                          QStringLiteral("BKP-10"), LinkOrigin::Auto});
    const QString file = tempPath(QStringLiteral("links.csv"));
    EXPECT_EQ(links.exportCsv(file), 5);
    const QByteArray bytes = readFile(file);
    EXPECT_TRUE(
        bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF") + LinkStore::csvHeader().toUtf8() + "\r\n"));
    EXPECT_TRUE(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\",,12,,\r\n")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("-42,'-SUB,14,,\r\n")) << bytes.constData();

    auto other = open(); // a second store, as a colleague's machine would import it
    for (const auto& l : links.customerLinks())
        links.removeCustomerLink(l.customerKey);
    for (const auto& l : links.lineLinks())
        links.removeLineLink(l.customerKey, l.itemCode);
    LinkStore bob(*other, QStringLiteral("bob"), clock);
    EXPECT_EQ(bob.importCsv(file), 5);

    const auto customers = bob.customerLinks();
    ASSERT_EQ(customers.size(), 3u);
    QStringList keys;
    for (const auto& c : customers) {
        keys << c.customerKey;
        EXPECT_EQ(c.origin, LinkOrigin::Confirmed);
        EXPECT_EQ(c.setBy, QStringLiteral("bob"));
    }
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Acme, Inc."),
                                 QStringLiteral("Café Müller")}));
    const auto sub = bob.lineLink(QStringLiteral("-42"), QStringLiteral("-SUB"));
    ASSERT_TRUE(sub.has_value());
    EXPECT_EQ(sub->companyId, 14);
    EXPECT_EQ(sub->agreementId, 0);
    const auto backup = bob.lineLink(QStringLiteral("C1"), QStringLiteral("BACKUP \"10\""));
    ASSERT_TRUE(backup.has_value());
    EXPECT_EQ(backup->agreementId, 501);
    EXPECT_EQ(backup->productIdentifier, QStringLiteral("BKP-10"));
    EXPECT_EQ(backup->origin, LinkOrigin::Confirmed);
}

TEST_P(StoreLinks, ABadRowIsReportedWithItsLineNumberAndNothingIsImported) {
    auto db = open();
    LinkStore links(*db, QStringLiteral("ann"), clock);
    links.upsert(CustomerLink{QStringLiteral("KEEP"), 1, LinkOrigin::Auto});
    const QString file = tempPath(QStringLiteral("bad.csv"));
    writeFile(file, "customer_key,item_code,company_id,agreement_id,product_identifier\n"
                    "C1,,11,,\n"
                    "KEEP,,2,,\n"
                    "\"C2, with a comma\",ITEM,12,501,P\n"
                    "C3,ITEM,twelve,,\n"
                    "C4,,13,,\n");
    try {
        links.importCsv(file);
        FAIL() << "a bad row must be refused";
    } catch (const il::UserError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("line 5"), std::string::npos) << message;
        EXPECT_NE(message.find("company_id \"twelve\""), std::string::npos) << message;
        EXPECT_NE(message.find("bad.csv"), std::string::npos) << message;
    }
    ASSERT_EQ(links.customerLinks().size(), 1u);
    EXPECT_EQ(links.customerLink(QStringLiteral("KEEP"))->companyId, 1);
    EXPECT_EQ(links.customerLink(QStringLiteral("KEEP"))->origin, LinkOrigin::Auto);
    EXPECT_TRUE(links.lineLinks().empty());
}

TEST_P(StoreLinks, ImportRefusesAWrongHeaderDuplicatesAndMisshapenRows) {
    auto db = open();
    LinkStore links(*db, QStringLiteral("ann"), clock);
    const QString file = tempPath(QStringLiteral("x.csv"));
    auto messageFor = [&](const QByteArray& bytes) -> std::string {
        writeFile(file, bytes);
        try {
            links.importCsv(file);
        } catch (const il::UserError& e) {
            return e.what();
        }
        return {};
    };
    EXPECT_NE(messageFor("customer,item,company\nC1,,1\n").find("line 1: the header must be exactly"),
              std::string::npos);
    const std::string dup = messageFor("customer_key,item_code,company_id,agreement_id,product_identifier\r\n"
                                       "C1,I,1,,\r\nC2,,2,,\r\nC1,I,3,,\r\n");
    EXPECT_NE(dup.find("line 4: the same customer_key and item_code as line 2"), std::string::npos) << dup;
    const std::string fields =
        messageFor("customer_key,item_code,company_id,agreement_id,product_identifier\n"
                   "C1,I,1\n");
    EXPECT_NE(fields.find("line 2: expected 5 fields, found 3"), std::string::npos) << fields;
    const std::string customerOnly =
        messageFor("customer_key,item_code,company_id,agreement_id,product_identifier\n"
                   "C1,,1,500,\n");
    EXPECT_NE(customerOnly.find("line 2: a customer-only link"), std::string::npos) << customerOnly;
    EXPECT_TRUE(links.customerLinks().empty());
    EXPECT_TRUE(links.lineLinks().empty());
    // A header alone (with a BOM, as Excel saves it) imports nothing and is fine.
    EXPECT_EQ(messageFor("\xEF\xBB\xBF"
                         "customer_key,item_code,company_id,agreement_id,product_identifier\r\n"),
              "");
}

TEST(StoreLinksSqlite, ALockedDatabaseGivesAClearErrorAndLosesNothing) {
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("x.sqlite"));
    il::Database::Options quick;
    quick.busyTimeoutMs = 100; // keep the test fast; the default waits 5 s for the other process
    il::Database mine(url, quick);
    LinkStore links(mine, QStringLiteral("ann"));
    ASSERT_TRUE(links.upsert(CustomerLink{QStringLiteral("C1"), 1, LinkOrigin::Confirmed}));

    il::Database other(url);
    other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    other.exec(QStringLiteral("UPDATE customer_links SET company_id = 5 WHERE customer_key = 'C1'"));
    try {
        links.upsert(CustomerLink{QStringLiteral("C2"), 2, LinkOrigin::Auto});
        FAIL() << "the write must not pass the other process's lock";
    } catch (const il::UserError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("is locked by another process"), std::string::npos) << message;
        EXPECT_NE(message.find("x.sqlite"), std::string::npos) << message;
    }
    // Reading still works under WAL, and sees the committed state only.
    EXPECT_EQ(links.customerLink(QStringLiteral("C1"))->companyId, 1);
    // Opening a third connection while the lock is held is fine (migrations are already applied).
    EXPECT_NO_THROW(il::Database(url, quick));
    other.exec(QStringLiteral("ROLLBACK"));

    EXPECT_EQ(links.customerLink(QStringLiteral("C1"))->companyId, 1);
    EXPECT_TRUE(links.upsert(CustomerLink{QStringLiteral("C2"), 2, LinkOrigin::Auto}))
        << "works once released";
    EXPECT_EQ(links.customerLinks().size(), 2u);
}
