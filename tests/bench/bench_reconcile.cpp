// A full month's load, link and validate against the sandbox over loopback HTTP, for the demo
// size and the large one, without and with latency (issue 3 point 10). Reports wall time, the
// calls per system and the lower bound: calls on the critical path × latency.
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"

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
