#include "net/RateLimitRules.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace il {

using std::chrono::milliseconds;

qint64 RateLimitRules::exactBlockedUntil(const HttpResponse& r) {
    qint64 until = 0;
    auto check = [&](const char* remainingName, const char* resetName) {
        bool ok = false;
        const int remaining = r.header(remainingName).trimmed().toInt(&ok);
        if (!ok || remaining > 0)
            return;
        const qint64 reset = r.header(resetName).trimmed().toLongLong(&ok);
        if (ok)
            until = std::max(until, reset);
    };
    check("X-RateLimit-Minutely-Remaining", "X-RateLimit-Minutely-Reset");
    check("X-RateLimit-Remaining", "X-RateLimit-Reset");
    return until;
}

milliseconds RateLimitRules::waitAfter429(const HttpResponse& r, HttpPolicy::RateLimit rule) {
    bool ok = false;
    if (rule == HttpPolicy::RateLimit::ExactHeaders) {
        // Exact sends only the headers of the limit that was hit (api/exact-online.md §3).
        milliseconds wait = untilEpochMs(r.header("X-RateLimit-Minutely-Reset"), &ok);
        if (ok)
            return wait;
        wait = untilEpochMs(r.header("X-RateLimit-Reset"), &ok);
        if (ok)
            return wait;
    }
    const milliseconds wait = retryAfter(r.header("Retry-After"), &ok);
    return ok ? wait : DefaultWait;
}

milliseconds RateLimitRules::untilEpochMs(const QByteArray& value, bool* ok) {
    const qint64 reset = value.trimmed().toLongLong(ok);
    if (!*ok)
        return milliseconds(0);
    return milliseconds(std::max<qint64>(0, reset - QDateTime::currentMSecsSinceEpoch()) + SafetyMarginMs);
}

milliseconds RateLimitRules::retryAfter(const QByteArray& value, bool* ok) {
    const QByteArray v = value.trimmed();
    const qint64 seconds = v.toLongLong(ok);
    if (*ok)
        return milliseconds(std::max<qint64>(0, seconds) * 1000);
    // RFC 9110 allows an HTTP date instead of seconds.
    const QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    *ok = at.isValid();
    if (!*ok)
        return milliseconds(0);
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc)));
}

QString RateLimitRules::describe(milliseconds d) {
    const qint64 ms = d.count();
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    const qint64 s = (ms + 999) / 1000;
    if (s < 120)
        return QStringLiteral("%1 s").arg(s);
    const qint64 min = (s + 59) / 60;
    if (min < 120)
        return QStringLiteral("%1 min").arg(min);
    return QStringLiteral("%1 h %2 min").arg(min / 60).arg(min % 60);
}

QString RateLimitRules::tooLongMessage(milliseconds wait, milliseconds allowed) {
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
    return QStringLiteral("the rate limit resets in %1 (at %2 UTC), longer than the %3 this run may wait; "
                          "try again after the reset")
        .arg(describe(wait), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), describe(allowed));
}

} // namespace il
