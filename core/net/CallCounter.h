#pragma once

#include <QMap>
#include <QString>

namespace il {

// Counts requests sent to one system, per endpoint.
class CallCounter {
public:
    void add(const QString& endpoint) { ++m_counts[endpoint]; }
    int total() const {
        int sum = 0;
        for (int n : m_counts)
            sum += n;
        return sum;
    }
    int count(const QString& endpoint) const { return m_counts.value(endpoint); }
    const QMap<QString, int>& byEndpoint() const { return m_counts; }
    void reset() { m_counts.clear(); }

private:
    QMap<QString, int> m_counts;
};

} // namespace il
