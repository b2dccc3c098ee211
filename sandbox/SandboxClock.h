#pragma once

#include <QDateTime>

namespace il::sandbox {

// The fakes' clock for token lifetimes: real time plus an offset that tests move, so the
// 570-second and 30-day rules are tested without sleeping. Rate-limit windows use real time.
class SandboxClock {
public:
    QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }
    qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    qint64 m_offsetSeconds = 0;
};

} // namespace il::sandbox
