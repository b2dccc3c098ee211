#pragma once

#include "net/HttpClient.h"

#include <QString>

#include <chrono>

namespace il {

// What the rate-limit headers of a response mean for the next request (DESIGN §3 Rate limits).
class RateLimitRules {
public:
    // Timers and clocks are not exact; a window is entered this much after its reset.
    static constexpr qint64 SafetyMarginMs = 25;
    static constexpr std::chrono::milliseconds DefaultWait{60'000};

    // Exact: when X-RateLimit-Minutely-Remaining (or the daily X-RateLimit-Remaining) is 0, the
    // epoch ms of the matching reset; 0 when the next request may go at once.
    static qint64 exactBlockedUntil(const HttpResponse& response);

    // How long to wait after a 429: Exact's minutely reset, else its daily reset, else
    // Retry-After (seconds or an HTTP date), else a minute.
    static std::chrono::milliseconds waitAfter429(const HttpResponse& response, HttpPolicy::RateLimit rule);

    // "1 h 12 min", "45 s", "800 ms".
    static QString describe(std::chrono::milliseconds duration);
    // The message of a wait longer than the policy allows.
    static QString tooLongMessage(std::chrono::milliseconds wait, std::chrono::milliseconds allowed);

private:
    static std::chrono::milliseconds untilEpochMs(const QByteArray& value, bool* ok);
    static std::chrono::milliseconds retryAfter(const QByteArray& value, bool* ok);
};

} // namespace il
