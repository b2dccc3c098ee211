// The chart of the months reads each month's deviation amount from the run records.
#include "store/Database.h"
#include "store/RunHistory.h"
#include "store/TransferLog.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(StoreRunHistory, EachMonthsDeviationAmountComesFromItsLatestFinishedRun) {
    QTemporaryDir dir;
    il::Database db(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("runs.sqlite")));
    il::TransferLog log(db);
    auto run = [&](const char* month, const char* amount) {
        const qint64 id = log.startRun(QString::fromLatin1(month), QStringLiteral("anna"), QStringLiteral("gui"));
        QJsonObject counts{{QStringLiteral("lines"), 10}};
        if (amount)
            counts[QLatin1String(il::RunHistory::DeviationKey)] = QString::fromLatin1(amount);
        log.finishRun(id, counts);
    };
    run("2026-10", "812.25");
    run("2026-09", "1204.5");
    run("2026-10", "96.75"); // reloaded after fixing most of it
    run("2026-08", nullptr);  // a run from before the figure was recorded
    log.startRun(QStringLiteral("2026-11"), QStringLiteral("anna"), QStringLiteral("gui")); // never finished

    const std::vector<il::MonthAmount> months = il::RunHistory(db).deviationByMonth();
    ASSERT_EQ(months.size(), 2u);
    EXPECT_EQ(months[0], (il::MonthAmount{QStringLiteral("2026-09"), il::Decimal::fromString(u"1204.5")}));
    EXPECT_EQ(months[1], (il::MonthAmount{QStringLiteral("2026-10"), il::Decimal::fromString(u"96.75")}));
}
