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

    // `write`: anything but GET; the writes' own high-water mark shows how many a client sends
    // at once (issue 9 point 8).
    void begin(bool write = false) {
        ++m_inFlight;
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
        if (write) {
            ++m_writesInFlight;
            m_maxWritesInFlight = std::max(m_maxWritesInFlight, m_writesInFlight);
        }
    }
    void end(bool write = false) {
        --m_inFlight;
        if (write)
            --m_writesInFlight;
    }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // Restarts the high-water mark from what is in flight now.
    void resetMaxInFlight() {
        m_maxInFlight = m_inFlight;
        m_maxWritesInFlight = m_writesInFlight;
    }
    int maxWritesInFlight() const { return m_maxWritesInFlight; }

private:
    QMap<QString, int> m_counts;
    int m_total = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_writesInFlight = 0;
    int m_maxWritesInFlight = 0;
};

} // namespace il::sandbox
