#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace il {

// One reconcile run as the transfer log records it.
struct RunRecord {
    qint64 id = 0;
    QString month; // YYYY-MM
    QString user;
    QString frontEnd;    // "cli" or "gui"
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC; null while running (or when the run died)
    QJsonObject counts;  // small summary, e.g. {"lines":150,"pushed":3,"failed":0}
};

} // namespace il
