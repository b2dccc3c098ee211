#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace il::sandbox {

// Request counts per endpoint, the order requests arrived in and the concurrency high-water
// mark, for tests and benchmarks.
class RequestLog {
public:
    // The arrival order keeps the first this many since the last reset (a standalone sandbox
    // runs for hours).
    static constexpr qsizetype MaxArrivals = 100'000;

    void count(const QString& endpoint) {
        ++m_counts[endpoint];
        ++m_total;
        if (m_arrivals.size() < MaxArrivals)
            m_arrivals.append(endpoint);
    }
    QMap<QString, int> counts() const { return m_counts; }
    int count(const QString& endpoint) const { return m_counts.value(endpoint); }
    int total() const { return m_total; }
    // Endpoints in the order their requests arrived: shows which reads ran beside which.
    QStringList arrivals() const { return m_arrivals; }
    void resetCounts() {
        m_counts.clear();
        m_total = 0;
        m_arrivals.clear();
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
    QStringList m_arrivals;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_writesInFlight = 0;
    int m_maxWritesInFlight = 0;
};

} // namespace il::sandbox
