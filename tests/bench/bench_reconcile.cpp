// A full month's load, link and validate against the sandbox over loopback HTTP, for the demo
// size and the large ones, without and with latency (issue 3 point 10, issue 9 point 12).
// Reports wall time, the client's and the sandbox's CPU, the peak memory, the calls per system
// and the lower bound: the larger of the calls on the critical path × latency and Exact's
// 60-calls-a-minute window. A first load (reported apart) refreshes the token and stores the
// month's links, as last month's load would have; each load starts in a fresh rate-limit window,
// so no run pays for the calls of the one before it.
#include "RunMeter.h"
#include "async/RunSync.h"
#include "connectwise/ConnectWiseClient.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "sandbox/exact/ExactFake.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>

namespace {

// The sandbox answers from a thread of its own, as a remote service would: its work (JSON for
// every page) then runs beside the client's instead of inside the measured event loop.
class SandboxThread {
public:
    explicit SandboxThread(const il::sandbox::SandboxOptions& options) {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_sandbox = std::make_unique<il::sandbox::Sandbox>(options);
                m_started = m_sandbox->start();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxThread() {
        QMetaObject::invokeMethod(&m_context, [&] { m_sandbox.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool started() const { return m_started; }
    // CPU seconds the sandbox's thread has used: the fake's cost, apart from the client's.
    double cpuSeconds() {
        double seconds = 0;
        QMetaObject::invokeMethod(&m_context, [&] { seconds = il::bench::threadCpuSeconds(); },
                                  Qt::BlockingQueuedConnection);
        return seconds;
    }
    // Runs `f` on the sandbox's thread and waits: how to touch its data once requests have run.
    template <typename F> void onThread(F f) {
        QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection);
    }
    // Read before the first request only: the data belongs to the sandbox's thread after that.
    il::sandbox::Sandbox& sandbox() { return *m_sandbox; }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<il::sandbox::Sandbox> m_sandbox;
    bool m_started = false;
};

// The least time Exact's `calls` can take one after another from the start of a rate-limit
// window: each takes `latencyMs`, and call k cannot start before window k / perWindow opens.
double exactWindowBoundMs(int calls, int latencyMs, int perWindow, int windowMs) {
    double t = 0;
    for (int k = 0; k < calls; ++k)
        t = std::max(t, double(k / perWindow) * windowMs) + latencyMs;
    return t;
}

// Sleeps (the clock is not running) until Exact's next window opens.
void waitForFreshWindow(int windowMs) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 next = (now / windowMs + 1) * windowMs;
    QThread::msleep(quint64(next - now + 20));
}

// The generated month of a benchmark's arguments: lines, agreements, latency in ms.
il::sandbox::SandboxOptions monthOptions(const benchmark::State& state) {
    const int agreements = int(state.range(1));
    il::sandbox::SandboxOptions options;
    options.data.lines = int(state.range(0));
    options.data.customers = std::max(40, agreements * 9 / 10);
    options.data.agreements = agreements;
    options.latency = std::chrono::milliseconds(state.range(2));
    return options;
}

void reconcile(benchmark::State& state) {
    const int latencyMs = int(state.range(2));
    SandboxThread server(monthOptions(state));
    if (!server.started()) {
        state.SkipWithError("sandbox did not start");
        return;
    }
    il::sandbox::Sandbox& sandbox = server.sandbox();
    const QDate month = sandbox.data().demoMonth;
    const int perWindow = sandbox.exact().rateLimiter().perWindow();
    const int windowMs = sandbox.exact().rateLimiter().windowMs();
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("bench.ini"));
    QFile config(configPath);
    config.open(QIODevice::WriteOnly);
    config.write(sandbox.configIni(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.sqlite"))).toUtf8());
    config.close();
    il::Settings settings(configPath);
    il::MemorySecretStore secrets;
    for (auto [name, value] : sandbox.secrets().asKeyValueRange())
        il::runSync(secrets.write(name, value));
    il::Database database(settings.databaseUrl());

    struct Calls {
        int exact = 0, cw = 0, agreements = 0, additions = 0;
    };
    // A new process each time: new clients, the same database (links) and tokens.
    auto load = [&]() {
        il::Connections connections(settings, secrets, il::Clock::system(), dir.filePath(QStringLiteral("token.lock")));
        il::MonthRun run(connections, database, settings, {QStringLiteral("bench"), QStringLiteral("cli")});
        il::runSync(run.load(month));
        const auto& cw = connections.connectwiseHttp().calls();
        Calls c{connections.exactHttp().calls().total(), cw.total(), cw.count(QStringLiteral("finance/agreements")),
                cw.count(QStringLiteral("finance/agreements/{id}/additions"))};
        return std::make_pair(c, run.result().records.size());
    };
    // Last month's load (token and links), timed too: with nothing remembered, ConnectWise waits
    // for Exact's answer, as every load did before CwPrefetch. (It also refreshes the token.)
    waitForFreshWindow(windowMs);
    QElapsedTimer firstWall;
    firstWall.start();
    const auto [firstCalls, firstLines] = load();
    const double firstWallMs = double(firstWall.nsecsElapsed()) / 1e6;
    Q_UNUSED(firstLines);

    Calls calls;
    qsizetype lineCount = 0;
    double clientCpu = 0, sandboxCpu = 0, wallMs = 0;
    qint64 peakKb = 0, startKb = 0;
    for (auto _ : state) {
        waitForFreshWindow(windowMs);
        const bool peakReset = il::bench::resetPeakRss();
        const qint64 rssBefore = il::bench::statusKb("VmRSS");
        const double processBefore = il::bench::processCpuSeconds();
        const double sandboxBefore = server.cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        std::tie(calls, lineCount) = load();
        state.SetIterationTime(double(wall.nsecsElapsed()) / 1e9);
        wallMs += double(wall.nsecsElapsed()) / 1e6;
        const double sandboxUsed = server.cpuSeconds() - sandboxBefore;
        sandboxCpu += sandboxUsed;
        clientCpu += il::bench::processCpuSeconds() - processBefore - sandboxUsed;
        if (peakReset) {
            peakKb = std::max(peakKb, il::bench::statusKb("VmHWM"));
            startKb = std::max(startKb, rssBefore);
        }
    }
    const double runs = double(state.iterations());
    // Critical path in calls, links remembered: Exact's calls one after another; beside them
    // ConnectWise's discovery, then the agreements, then the additions four at a time (the
    // companies and the catalog items load meanwhile).
    const int cwPath = 1 + calls.agreements + int(std::ceil(calls.additions / 4.0));
    const double latencyBound = double(std::max(calls.exact, cwPath)) * latencyMs;
    const double windowBound = exactWindowBoundMs(calls.exact, latencyMs, perWindow, windowMs);
    const double bound = std::max(latencyBound, windowBound);
    state.counters["lines"] = double(lineCount);
    state.counters["exact_calls"] = calls.exact;
    state.counters["exact_calls_first"] = firstCalls.exact;
    state.counters["cw_calls"] = calls.cw;
    state.counters["cw_calls_first"] = firstCalls.cw;
    state.counters["client_cpu_s"] = clientCpu / runs;
    state.counters["sandbox_cpu_s"] = sandboxCpu / runs;
    state.counters["peak_rss_mb"] = double(peakKb) / 1024.0;      // client and sandbox: one process
    state.counters["rss_start_mb"] = double(startKb) / 1024.0;    // resident when the run started
    state.counters["latency_bound_ms"] = latencyBound;
    state.counters["window_bound_ms"] = windowBound;
    state.counters["bound_ms"] = bound;
    state.counters["wall_ms"] = wallMs / runs;
    state.counters["first_wall_ms"] = firstWallMs; // nothing remembered, one call more (token)
    state.counters["ratio"] = bound > 0 ? wallMs / runs / bound : 0.0; // mean wall ÷ bound
}

// Pushing every fixable deviation of a month (issue 9 point 8): load (not measured), plan every
// kind, then the push alone is timed. Each run starts from the generated additions again, on a
// fresh database, so every run has the whole batch to send. The bound is the writes spread over
// ConnectWise's parallelism, one latency each: writes ÷ parallelism × latency.
void push(benchmark::State& state) {
    const int latencyMs = int(state.range(2));
    SandboxThread server(monthOptions(state));
    if (!server.started()) {
        state.SkipWithError("sandbox did not start");
        return;
    }
    il::sandbox::Sandbox& sandbox = server.sandbox();
    const QDate month = sandbox.data().demoMonth;
    const QList<il::Addition> pristine = sandbox.data().cw.additions;
    // The load is not what is measured here: lift Exact's minute window for it.
    sandbox.exact().setRateLimit(100000, 60000, 100000);
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("bench.ini"));
    il::MemorySecretStore secrets;
    for (auto [name, value] : sandbox.secrets().asKeyValueRange())
        il::runSync(secrets.write(name, value));
    const QString ini = sandbox.configIni(QStringLiteral("sqlite://@DATABASE@"));

    int writes = 0, reads = 0, cwCalls = 0, actionsSent = 0, peak = 0, peakWrites = 0, round = 0;
    qint64 commits = 0;
    double pushMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ++round;
        server.onThread([&] {
            sandbox.data().cw.additions = pristine;
            sandbox.connectwise().clearRequests();
        });
        QFile config(configPath);
        config.open(QIODevice::WriteOnly | QIODevice::Truncate);
        config.write(QString(ini).replace(QStringLiteral("@DATABASE@"), dir.filePath(QStringLiteral("push%1.sqlite").arg(round))).toUtf8());
        config.close();
        il::Settings settings(configPath);
        il::Database database(settings.databaseUrl());
        il::Connections connections(settings, secrets, il::Clock::system(), dir.filePath(QStringLiteral("token.lock")));
        il::MonthRun run(connections, database, settings, {QStringLiteral("bench"), QStringLiteral("cli")});
        il::runSync(run.load(month));
        QList<il::PushAction> actions;
        for (const il::PushAction& a : run.plan({il::PushKind::Quantity, il::PushKind::Price, il::PushKind::Create}))
            if (!a.skipped())
                actions.append(a);
        actionsSent = int(actions.size());
        connections.connectwiseHttp().calls().reset();
        server.onThread([&] {
            sandbox.connectwise().clearRequests();
            sandbox.server().resetMaxInFlight();
        });
        state.ResumeTiming();
        QElapsedTimer clock;
        clock.start();
        const qint64 commitsBefore = database.commits();
        il::runSync(run.push(actions));
        pushMs = double(clock.elapsed());
        state.PauseTiming();
        commits = database.commits() - commitsBefore;
        cwCalls = connections.connectwiseHttp().calls().total();
        server.onThread([&] {
            writes = reads = 0;
            for (const auto& r : sandbox.connectwise().requests())
                (r.method == "GET" ? reads : writes) += 1;
            peak = sandbox.server().maxInFlight();
            peakWrites = sandbox.server().maxWritesInFlight();
        });
        run.finish();
        state.ResumeTiming();
    }
    const int parallelism = il::ConnectWiseClient::MaxInFlight;
    const double boundMs = double(writes) / parallelism * latencyMs;
    state.counters["actions"] = actionsSent;
    state.counters["writes"] = writes;
    state.counters["reads"] = reads;
    state.counters["cw_calls"] = cwCalls;
    state.counters["peak_in_flight"] = peak;
    state.counters["peak_writes"] = peakWrites;
    state.counters["push_ms"] = pushMs;
    state.counters["bound_ms"] = boundMs;
    state.counters["ratio"] = boundMs > 0 ? pushMs / boundMs : 0;
    // The same yardstick with the change check's reads counted: the least this design can take.
    const double callBoundMs = double(writes + reads) / parallelism * latencyMs;
    state.counters["call_bound_ms"] = callBoundMs;
    state.counters["call_ratio"] = callBoundMs > 0 ? pushMs / callBoundMs : 0;
    state.counters["log_commits"] = double(commits);
}

} // namespace

// 20,000 lines only with latency: the 0 ms run would differ from it by Exact's window alone.
BENCHMARK(reconcile)
    ->ArgNames({"lines", "agreements", "latency_ms"})
    ->Args({150, 40, 0})
    ->Args({150, 40, 50})
    ->Args({5000, 500, 0})
    ->Args({5000, 500, 50})
    ->Args({20000, 2000, 50})
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(2);

BENCHMARK(push)
    ->ArgNames({"lines", "agreements", "latency_ms"})
    ->Args({150, 40, 50})
    ->Args({5000, 500, 0})
    ->Args({5000, 500, 50})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
