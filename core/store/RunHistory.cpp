#include "store/RunHistory.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace il {

RunHistory::RunHistory(Database& db)
    : m_db(db) {}

std::vector<MonthAmount> RunHistory::deviationByMonth() {
    // The counts are JSON text; SQLite and PostgreSQL read JSON differently, so parse here (a
    // run record is small and there are a few per month).
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT month, counts FROM runs WHERE ended_at IS NOT NULL ORDER BY id"),
                            {}, QStringLiteral("read the deviation amounts of the runs"));
    QMap<QString, Decimal> latest; // sorted by YYYY-MM
    const QString key = QString::fromLatin1(DeviationKey);
    while (q.next()) {
        const QJsonObject counts = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        if (!counts.contains(key))
            continue;
        if (const std::optional<Decimal> amount = Decimal::parse(counts.value(key).toString()))
            latest.insert(q.value(0).toString(), *amount);
    }
    std::vector<MonthAmount> out;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        out.push_back({it.key(), it.value()});
    return out;
}

} // namespace il
