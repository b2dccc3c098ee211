#pragma once

#include <QMap>
#include <QString>

#include <algorithm>

namespace il::sandbox {

// Request counts per endpoint and the concurrency high-water mark, for tests and benchmarks.
class RequestLog {
public:
    void count(const QString& endpoint) {
        ++m_counts[endpoint];
        ++m_total;
    }
    QMap<QString, int> counts() const { return m_counts; }
    int count(const QString& endpoint) const { return m_counts.value(endpoint); }
    int total() const { return m_total; }
    void resetCounts() {
        m_counts.clear();
        m_total = 0;
    }

    void begin() {
        ++m_inFlight;
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    }
    void end() { --m_inFlight; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // Restarts the high-water mark from what is in flight now.
    void resetMaxInFlight() { m_maxInFlight = m_inFlight; }

private:
    QMap<QString, int> m_counts;
    int m_total = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace il::sandbox
