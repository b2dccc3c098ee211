// A full month's load, link and validate against the sandbox over loopback HTTP, for the demo
// size and the large one, without and with latency (issue 3 point 10). Reports wall time, the
// calls per system and the lower bound: calls on the critical path × latency.
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "connectwise/ConnectWiseClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "sandbox/exact/ExactFake.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <benchmark/benchmark.h>

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

void reconcile(benchmark::State& state) {
    const int lines = int(state.range(0));
    const int agreements = int(state.range(1));
    const int latencyMs = int(state.range(2));
    il::sandbox::SandboxOptions options;
    options.data.lines = lines;
    options.data.customers = std::max(40, agreements * 9 / 10);
    options.data.agreements = agreements;
    options.latency = std::chrono::milliseconds(latencyMs);
    SandboxThread server(options);
    if (!server.started()) {
        state.SkipWithError("sandbox did not start");
        return;
    }
    il::sandbox::Sandbox& sandbox = server.sandbox();
    const QDate month = sandbox.data().demoMonth;
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

    int exactCalls = 0, cwCalls = 0, additionsCalls = 0, agreementCalls = 0, exactFirstRun = 0;
    qsizetype lineCount = 0;
    bool first = true;
    for (auto _ : state) {
        // A new process each time: new clients; the tokens of the first run are reused after it.
        il::Connections connections(settings, secrets, il::Clock::system(), dir.filePath(QStringLiteral("token.lock")));
        il::MonthRun run(connections, database, settings, {QStringLiteral("bench"), QStringLiteral("cli")});
        il::runSync(run.load(month));
        exactCalls = connections.exactHttp().calls().total();
        cwCalls = connections.connectwiseHttp().calls().total();
        additionsCalls = connections.connectwiseHttp().calls().count(QStringLiteral("finance/agreements/{id}/additions"));
        agreementCalls = connections.connectwiseHttp().calls().count(QStringLiteral("finance/agreements"));
        if (first)
            exactFirstRun = exactCalls;
        first = false;
        lineCount = run.result().records.size();
    }
    // Critical path: Exact's calls one after another (ConnectWise's companies load meanwhile),
    // then agreements, then the additions four at a time (catalog items load meanwhile).
    // (companyinfo + companies run beside Exact; catalog items beside agreements and additions.)
    const int criticalCalls = std::max(exactCalls, 2) + agreementCalls + int(std::ceil(additionsCalls / 4.0));
    state.counters["lines"] = double(lineCount);
    state.counters["exact_calls"] = exactCalls;
    state.counters["exact_calls_first"] = exactFirstRun;
    state.counters["cw_calls"] = cwCalls;
    state.counters["critical_calls"] = criticalCalls;
    state.counters["bound_ms"] = criticalCalls * latencyMs;
}

// Pushing every fixable deviation of a month (issue 9 point 8): load (not measured), plan every
// kind, then the push alone is timed. Each run starts from the generated additions again, on a
// fresh database, so every run has the whole batch to send. The bound is the writes spread over
// ConnectWise's parallelism, one latency each: writes ÷ parallelism × latency.
void push(benchmark::State& state) {
    const int lines = int(state.range(0));
    const int agreements = int(state.range(1));
    const int latencyMs = int(state.range(2));
    il::sandbox::SandboxOptions options;
    options.data.lines = lines;
    options.data.customers = std::max(40, agreements * 9 / 10);
    options.data.agreements = agreements;
    options.latency = std::chrono::milliseconds(latencyMs);
    SandboxThread server(options);
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
        il::runSync(run.push(actions));
        pushMs = double(clock.elapsed());
        state.PauseTiming();
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
}

} // namespace

BENCHMARK(reconcile)
    ->ArgNames({"lines", "agreements", "latency_ms"})
    ->Args({150, 40, 0})
    ->Args({150, 40, 50})
    ->Args({5000, 500, 0})
    ->Args({5000, 500, 50})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

BENCHMARK(push)
    ->ArgNames({"lines", "agreements", "latency_ms"})
    ->Args({150, 40, 50})
    ->Args({5000, 500, 0})
    ->Args({5000, 500, 50})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
