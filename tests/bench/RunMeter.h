#pragma once

// What one measured run costs the machine (issue 9 point 12): wall, CPU of the process and of
// one thread (the sandbox's), and the peak resident memory of the process during the run.
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sys/resource.h>
#include <time.h>

namespace il::bench {

// CPU seconds of the calling thread.
inline double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds (user + system) of the whole process, every thread.
inline double processCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// A field of /proc/self/status in KB ("VmRSS", "VmHWM"); 0 when not there.
inline qint64 statusKb(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Starts the peak (VmHWM) again from what is resident now, so the peak is this run's, not the
// demo generation's. Linux ≥ 4.0; when refused the peak is the process's since its start.
inline bool resetPeakRss() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace il::bench
