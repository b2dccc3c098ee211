#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace il::sandbox {

// Exact's error budget (api/exact-online.md §3, KB July 2021): "No more than 10 errors per API
// key, per user, per company, per endpoint, and per hour … temporarily blocked … Response code
// 400, 401, 403, and 404 are counted as errors." The fake serves one API key, so errors are
// counted per (user, division, endpoint) in the clock hour of the sandbox clock; the 11th call
// in that hour is blocked until the hour ends. Inferred: the hour is a clock hour (the KB says
// "per hour" and "lifted after one hour"), and the block covers the endpoint that erred only.
class ExactErrorBudget {
public:
    static constexpr int ErrorsPerHour = 10;

    static bool counts(int status) { return status == 400 || status == 401 || status == 403 || status == 404; }

    // True while the endpoint is blocked for this user and division at `now`.
    bool blocked(const QString& user, const QString& division, const QString& endpoint, const QDateTime& now) const;
    // Counts the answer when its status is one of the counted errors.
    void record(const QString& user, const QString& division, const QString& endpoint, int status,
                const QDateTime& now);
    // Counted errors in the hour of `now`, for tests.
    int errors(const QString& user, const QString& division, const QString& endpoint, const QDateTime& now) const;
    // The end of the hour of `now`: when a block is lifted.
    static QDateTime liftedAt(const QDateTime& now);

private:
    static QString key(const QString& user, const QString& division, const QString& endpoint, const QDateTime& now);

    QHash<QString, int> m_errors; // user|division|endpoint|hour → counted errors
};

} // namespace il::sandbox
