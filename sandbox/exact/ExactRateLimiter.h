#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

namespace il::sandbox {

// Exact's limits per division (api/exact-online.md §3): a number of calls per window aligned to
// the clock (60 per minute by default; the reset is the next window boundary) and per UTC day.
// Uses real time, as the server's rate limits do. Over a limit the call is refused and only the
// headers of the limit that was hit are sent.
class ExactRateLimiter {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Decision {
        bool allowed = true;
        bool minutelyHit = false;
        Headers headers;
    };

    void configure(int perWindow, int windowMs, int perDay);
    // Counts the call when allowed.
    Decision take(int division, qint64 nowMs);

    int perWindow() const { return m_perWindow; }
    int windowMs() const { return m_windowMs; }
    // Calls refused with 429 so far, and the most calls ever served in one window.
    int refused() const { return m_refused; }
    int maxServedInOneWindow() const { return m_maxServedInWindow; }
    void resetStatistics();

private:
    struct State {
        qint64 window = -1;
        int usedInWindow = 0;
        qint64 day = -1;
        int usedToday = 0;
    };

    int m_perWindow = 60;
    int m_windowMs = 60'000;
    int m_perDay = 5'000;
    QHash<int, State> m_states;
    int m_refused = 0;
    int m_maxServedInWindow = 0;
};

} // namespace il::sandbox
