#include "sandbox/exact/ExactRateLimiter.h"

#include <algorithm>

namespace il::sandbox {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

void ExactRateLimiter::configure(int perWindow, int windowMs, int perDay) {
    m_perWindow = std::max(1, perWindow);
    m_windowMs = std::max(1, windowMs);
    m_perDay = std::max(1, perDay);
    m_states.clear();
}

void ExactRateLimiter::resetStatistics() {
    m_refused = 0;
    m_maxServedInWindow = 0;
}

ExactRateLimiter::Decision ExactRateLimiter::take(int division, qint64 nowMs) {
    State& s = m_states[division];
    const qint64 window = nowMs / m_windowMs;
    const qint64 day = nowMs / kDayMs;
    if (window != s.window) {
        s.window = window;
        s.usedInWindow = 0;
    }
    if (day != s.day) {
        s.day = day;
        s.usedToday = 0;
    }
    const QByteArray minutelyReset = QByteArray::number((window + 1) * m_windowMs);
    const QByteArray dailyReset = QByteArray::number((day + 1) * kDayMs);

    Decision d;
    if (s.usedInWindow >= m_perWindow) {
        d.allowed = false;
        d.minutelyHit = true;
        d.headers = {{"X-RateLimit-Minutely-Limit", QByteArray::number(m_perWindow)},
                     {"X-RateLimit-Minutely-Remaining", "0"},
                     {"X-RateLimit-Minutely-Reset", minutelyReset}};
    } else if (s.usedToday >= m_perDay) {
        d.allowed = false;
        d.headers = {{"X-RateLimit-Limit", QByteArray::number(m_perDay)},
                     {"X-RateLimit-Remaining", "0"},
                     {"X-RateLimit-Reset", dailyReset}};
    }
    if (!d.allowed) {
        ++m_refused;
        return d;
    }
    ++s.usedInWindow;
    ++s.usedToday;
    m_maxServedInWindow = std::max(m_maxServedInWindow, s.usedInWindow);
    d.headers = {{"X-RateLimit-Limit", QByteArray::number(m_perDay)},
                 {"X-RateLimit-Remaining", QByteArray::number(m_perDay - s.usedToday)},
                 {"X-RateLimit-Reset", dailyReset},
                 {"X-RateLimit-Minutely-Limit", QByteArray::number(m_perWindow)},
                 {"X-RateLimit-Minutely-Remaining", QByteArray::number(m_perWindow - s.usedInWindow)},
                 {"X-RateLimit-Minutely-Reset", minutelyReset}};
    return d;
}

} // namespace il::sandbox
