// invoicelink-sandbox: the local Exact Online and ConnectWise fakes with the demo dataset, on one
// loopback port, until SIGINT/SIGTERM. Prints a ready-to-use config and the commands that store
// the secrets (values go in on stdin, never on the command line of the CLI).
#include "sandbox/DemoDataGenerator.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdlib>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace il::sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1); // async-signal-safe
}

// SIGINT/SIGTERM quit the event loop through a self-pipe, so the sandbox shuts down cleanly.
void quitOnSignals(QCoreApplication& app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

[[noreturn]] void fail(const QString& message) {
    QTextStream(stderr) << "invoicelink-sandbox: " << message << Qt::endl;
    std::exit(2);
}

int intOption(const QCommandLineParser& parser, const QString& name, int low, int high, int fallback) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high)
        fail(QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                 .arg(name)
                 .arg(low)
                 .arg(high)
                 .arg(parser.value(name)));
    return value;
}

QString shellQuoted(QString value) {
    return u'\'' + value.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

SandboxOptions optionsFrom(const QCommandLineParser& parser) {
    SandboxOptions options;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.data.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("--seed must be a whole number, not '%1'")
                     .arg(parser.value(QStringLiteral("seed"))));
    }
    options.data.customers = intOption(parser, QStringLiteral("customers"), 12, 2000, options.data.customers);
    options.data.lines = intOption(parser, QStringLiteral("lines"), 60, 100000, options.data.lines);
    options.data.agreements = intOption(parser, QStringLiteral("agreements"), 0, 5000, 0);
    if (parser.isSet(QStringLiteral("month"))) {
        const QString text = parser.value(QStringLiteral("month"));
        options.data.month = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!options.data.month.isValid())
            fail(QStringLiteral("--month must look like 2026-09, not '%1'").arg(text));
    }
    if (parser.isSet(QStringLiteral("booking"))) {
        const QString booking = parser.value(QStringLiteral("booking"));
        if (booking == QLatin1String("entries"))
            options.data.booking = PurchaseBooking::Entries;
        else if (booking == QLatin1String("both"))
            options.data.booking = PurchaseBooking::Both;
        else if (booking != QLatin1String("invoices"))
            fail(QStringLiteral("--booking must be invoices, entries or both, not '%1'").arg(booking));
    }
    options.allowHttpRedirect = parser.isSet(QStringLiteral("allow-http-redirect"));
    options.latency =
        std::chrono::milliseconds(intOption(parser, QStringLiteral("latency-ms"), 0, 600000, 0));
    if (parser.isSet(QStringLiteral("faults"))) {
        QString bad;
        const auto faults = SandboxServer::parseFaults(parser.value(QStringLiteral("faults")), &bad);
        if (!faults)
            fail(QStringLiteral("cannot read the fault '%1' (expected e.g. "
                                "path=/api/v1/.*/purchase/.*,status=503,times=2 or path=...,drop)")
                     .arg(bad));
        options.faults = *faults;
    }
    return options;
}

void printInstructions(Sandbox& sandbox, const QString& configPath, bool written,
                       const QString& databaseUrl) {
    QTextStream out(stdout);
    const QDate month = sandbox.data().demoMonth;
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    out << "; InvoiceLink sandbox (Exact Online and ConnectWise fakes) at " << sandbox.baseUrl().toString()
        << "\n"
        << "; demo month " << monthText << ": " << sandbox.data().planted.statusByLineId.size()
        << " purchase invoice lines, " << sandbox.data().cw.agreements.size() << " agreements\n";
    if (written)
        out << "; 1. The config below is written to " << configPath << "\n";
    else
        out << "; 1. Save the lines from here to '; end of config' as " << configPath << "\n";
    out << sandbox.configIni(databaseUrl) << "; end of config\n"
        << "; 2. Store the secrets (each value goes in on stdin):\n";
    const auto secrets = sandbox.secrets();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        out << "printf %s " << shellQuoted(it.value()) << " | invoicelink-cli --config "
            << shellQuoted(configPath) << " secret set " << it.key() << "\n";
    out << "; 3. Then, for example: invoicelink-cli --config " << shellQuoted(configPath)
        << " invoice --month " << monthText << "\n"
        << "; Serving until Ctrl+C (SIGINT) or SIGTERM.\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invoicelink-sandbox"));
    quitOnSignals(app); // early: a signal during start-up still ends the run once serving begins

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs local fakes of Exact Online and ConnectWise with a deterministic demo dataset on one loopback "
        "port,\n"
        "prints a ready-to-use invoicelink-cli config and the commands that store its secrets, and serves\n"
        "until interrupted. The demo month holds every kind of planted deviation."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free port; default 0)."),
         QStringLiteral("P")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo dataset (default 42)."),
         QStringLiteral("S")},
        {QStringLiteral("customers"), QStringLiteral("Customers, 12–2000 (default 40)."),
         QStringLiteral("N")},
        {QStringLiteral("lines"),
         QStringLiteral("Purchase invoice lines in the demo month, 60–100000 (default 150)."),
         QStringLiteral("N")},
        {QStringLiteral("agreements"),
         QStringLiteral("ConnectWise agreements (default: about one per customer); fewer than the story "
                        "needs are raised."),
         QStringLiteral("N")},
        {QStringLiteral("month"), QStringLiteral("Demo month (default: the previous calendar month)."),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("booking"),
         QStringLiteral("How the demo administration books the supplier's invoices: invoices (default), entries\n"
                        "(purchase entries; the config then reads them with source=entries) or both."),
         QStringLiteral("invoices|entries|both")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Delay every answer; concurrent requests are not serialized."), QStringLiteral("L")},
        {QStringLiteral("faults"),
         QStringLiteral(
             "Faults per path, ';'-separated: path=REGEX plus status=CODE, delay=MS, drop or truncate,\n"
             "and optionally times=N. E.g. 'path=/api/v1/.*/purchase/.*,status=503,times=2'."),
         QStringLiteral("SPEC")},
        {QStringLiteral("write-config"),
         QStringLiteral("Also write the config to FILE (the printed commands use it)."),
         QStringLiteral("FILE")},
        {QStringLiteral("database-url"), QStringLiteral("Put [database] url=URL in the config."),
         QStringLiteral("URL")},
        {QStringLiteral("allow-http-redirect"),
         QStringLiteral("Accept an http://127.0.0.1 redirect URI, as real Exact Online never does, and put\n"
                        "one in the config so `auth login` uses the loopback sign-in. Without it the\n"
                        "config's redirect URI is https and `auth login` asks you to paste the address\n"
                        "the browser shows.")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1' (see --help)")
                 .arg(parser.positionalArguments().first()));

    const int port = intOption(parser, QStringLiteral("port"), 0, 65535, 0);
    Sandbox sandbox(optionsFrom(parser));
    if (!sandbox.start(quint16(port)))
        fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2 (is the port taken? try another --port, or 0)")
                 .arg(port)
                 .arg(sandbox.errorString()));

    const QString databaseUrl = parser.value(QStringLiteral("database-url"));
    QString configPath = QStringLiteral("invoicelink.ini");
    const bool write = parser.isSet(QStringLiteral("write-config"));
    if (write) {
        configPath = parser.value(QStringLiteral("write-config"));
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1: %2").arg(configPath, file.errorString()));
        file.write(sandbox.configIni(databaseUrl).toUtf8());
    }
    printInstructions(sandbox, configPath, write, databaseUrl);
    return app.exec();
}
