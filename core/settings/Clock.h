#pragma once

#include <QDateTime>

namespace il {

// Wall-clock time, injectable so token rules can be tested with a moved clock, never by sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
    static Clock& system() {
        static Clock clock;
        return clock;
    }
};

// A clock that stands still until moved.
class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(start) {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(QDateTime t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace il
