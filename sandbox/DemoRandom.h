#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace il::sandbox {

// The demo's own deterministic generator (splitmix64): the same seed gives the same dataset on
// every platform and Qt version, which std:: distributions and QRandomGenerator do not promise.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [low, high], both included.
    int between(int low, int high) {
        if (high <= low)
            return low;
        return low + int(next() % quint64(qint64(high) - low + 1));
    }
    bool percent(int chance) { return between(1, 100) <= chance; }

    template <typename T> const T& pick(const QList<T>& list) {
        return list.at(between(0, int(list.size()) - 1));
    }
    template <typename T> void shuffle(QList<T>& list) {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }

    // A version-4 GUID in Exact's text form: lower case, no braces.
    QString guid() {
        const quint64 high = (next() & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
        const quint64 low = (next() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
        const QString hex =
            QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
        return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' +
               hex.mid(20);
    }

private:
    quint64 m_state;
};

} // namespace il::sandbox
