#include "CliApp.h"

#include "AuthCommand.h"
#include "CliContext.h"
#include "CliErrorText.h"
#include "DemoCommand.h"
#include "InvoiceCommand.h"
#include "LinksCommand.h"
#include "LogCommand.h"
#include "ReconcileCommand.h"
#include "SecretCommand.h"
#include "TerminalText.h"

#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"
#include "log/LogOutput.h"
#include "settings/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

CliApp::CliApp(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr) {}

QString CliApp::usage() {
    return QStringLiteral(
        "Usage: invoicelink-cli [--config FILE] [--verbose | --debug] COMMAND [OPTIONS]\n"
        "\n"
        "Reconciles the month's Exact Online invoice with ConnectWise agreement additions.\n"
        "Settings come from FILE (INI; default: %1).\n"
        "\n"
        "Logging (before the command; lines go to standard error, standard output stays the\n"
        "command's own, so --json stays clean):\n"
        "  --verbose                  log the phases of the run: each load phase with its\n"
        "                             counts (\"progress: ...\"), month loaded and its counts,\n"
        "                             push lock, each push's outcome, database, token renewal,\n"
        "                             files written, rate-limit waits and retries\n"
        "  --debug                    also every HTTP request (method, address without\n"
        "                             credentials, status, time) and each transfer-log row\n"
        "                             Lines: TIME(UTC) CATEGORY LEVEL: MESSAGE; categories\n"
        "                             invoicelink.exact, .connectwise, .http, .store, .reconcile,\n"
        "                             .export, .settings, .ui. QT_LOGGING_RULES overrides, e.g.\n"
        "                             QT_LOGGING_RULES='invoicelink.http.debug=true'. Tokens, keys,\n"
        "                             passwords and secrets are never logged.\n"
        "                             (--verbose after invoice or reconcile is that command's\n"
        "                             own option: it lists the API calls.)\n"
        "\n"
        "Commands:\n"
        "  secret set NAME            store a secret read from standard input in the OS keychain\n"
        "  secret delete NAME         remove a secret from the keychain\n"
        "                             NAME: exact.client_secret, exact.refresh_token,\n"
        "                             connectwise.public_key, connectwise.private_key,\n"
        "                             connectwise.client_id, database.password\n"
        "  auth login                 sign in to Exact Online (browser; loopback or paste flow)\n"
        "  auth status                who is signed in to both systems, token age, what Exact lets\n"
        "                             it read (per resource: readable / missing scope / no right)\n"
        "  auth keepalive             refresh the Exact token so it does not expire unused\n"
        "  invoice --month YYYY-MM [--json] [--verbose]\n"
        "                             load and print the month's invoice lines; --verbose adds\n"
        "                             the API calls made per system and endpoint\n"
        "  reconcile --month YYYY-MM [--apply KINDS] [--export FILE.csv|FILE.xlsx]\n"
        "            [--csv-format comma|semicolon] [--json]\n"
        "                             load, link (automatic links), validate, push the chosen\n"
        "                             corrections (KINDS: quantity,price,create or all) and report;\n"
        "                             create only where the agreement has no addition of the\n"
        "                             product at all (not beside a cancelled or future one) and\n"
        "                             the catalog item has a price; else the line is skipped\n"
        "                             exit 0 nothing left to fix, 1 lines need attention, 2 failed\n"
        "                             (also when any push failed or the push had to stop); a\n"
        "                             second push of the same month waits for the first (10 min);\n"
        "                             lines dismissed in the window are left out of the push and\n"
        "                             of exit 1; the JSON gives each line's decision and note\n"
        "  links import FILE.csv      remember links (customer_key,item_code,company_id,\n"
        "                             agreement_id,product_identifier) as confirmed\n"
        "  links export FILE.csv      write every remembered link\n"
        "  log export [--month YYYY-MM] [--csv-format comma|semicolon] FILE.csv|FILE.xlsx\n"
        "                             the transfer log (outcome: pushed, already_in_effect,\n"
        "                             refused_changed, failed, not_applied, or intent: sent but\n"
        "                             not yet checked, until the next push of the month)\n"
        "                             and each row's hash (the last row's hash is the log's tip),\n"
        "                             then the record written: target (connectwise or exact),\n"
        "                             object_kind and object_id; then decision (decision rows:\n"
        "                             accepted, dismissed or undone, with who, when and note)\n"
        "                             and quantity, unit_cost, unit_price of each create\n"
        "  log verify [--tip ID:HASH] [--against FILE.csv]\n"
        "                             check the log's hash chain, that it still reaches this\n"
        "                             machine's anchor (kept in the keychain after every push\n"
        "                             batch), and any tip given: ID:HASH from a report or a\n"
        "                             mail, or the tip a log export or reconcile report carries;\n"
        "                             exit 1 naming the first bad row; exit 2 when the database\n"
        "                             does not exist (it is never created by a log command)\n"
        "  log anchor [--reset]       show this machine's anchor; --reset moves it to the log's\n"
        "                             end (only after restoring a backup on purpose)\n"
        "  demo [lines] [--booking invoices|entries|both] [reconcile options]\n"
        "                             the reconcile (or, with lines, the invoice lines) on the\n"
        "                             built-in sandbox with a temporary config and database;\n"
        "                             touches no real settings or keychain; --booking entries\n"
        "                             books the supplier's invoices as purchase entries and\n"
        "                             reads them with [exact] source=entries\n"
        "\n"
        "Invoice sources ([exact] source): purchase (purchase invoices, the default), sales, or\n"
        "entries (purchase entries; they carry no item, so set item_key=description and\n"
        "item_pattern, a regular expression whose first group is the item code).\n"
        "\n"
        "Exit codes: 0 done, 1 needs attention, 2 failed (one line on standard error); for\n"
        "reconcile, a push that failed is a failure (2).\n"
        "--month takes 1900-01 to 9999-11, the months both APIs accept. Exact Online and\n"
        "ConnectWise are called over https only (http only to this computer: 127.0.0.1, ::1,\n"
        "localhost).\n")
        .arg(il::Settings::defaultPath());
}

int CliApp::run() {
    QStringList args = m_arguments.mid(1);
    QString configPath;
    il::LogOutput::Level logLevel = il::LogOutput::Level::Quiet;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            m_out << usage();
            return 0;
        }
        if (opt == QLatin1String("--version")) {
            m_out << "invoicelink-cli " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (opt == QLatin1String("--config") && !args.isEmpty()) {
            configPath = QFileInfo(args.takeFirst()).absoluteFilePath();
        } else if (opt.startsWith(QLatin1String("--config="))) {
            configPath = QFileInfo(opt.mid(9)).absoluteFilePath();
        } else if (opt == QLatin1String("--verbose")) {
            logLevel = std::max(logLevel, il::LogOutput::Level::Verbose);
        } else if (opt == QLatin1String("--debug")) {
            logLevel = il::LogOutput::Level::Debug;
        } else {
            m_err << "invoicelink-cli: unknown option " << opt << " (see --help)\n";
            return 2;
        }
    }
    if (args.isEmpty()) {
        m_err << usage();
        return 2;
    }
    // Before anything of the engine exists, so the first settings and database lines are seen.
    // The log writes to stderr directly: flush ours first so lines stay in order.
    m_err.flush();
    il::LogOutput::install(logLevel);
    try {
        return dispatch(configPath, args);
    } catch (const il::ApiError& e) {
        // Messages quote the servers' own words: one clean line, nothing that steers the terminal.
        m_err << "invoicelink-cli: " << TerminalText::clean(e.message()) << '\n';
    } catch (const std::exception& e) {
        // A UserError's remedy becomes the command that fixes it; a cancel says "cancelled".
        m_err << "invoicelink-cli: " << TerminalText::clean(CliErrorText::describe(e)) << '\n';
    }
    m_out.flush();
    return 2;
}

int CliApp::dispatch(const QString& configPath, const QStringList& commandArgs) {
    const QString command = commandArgs.first();
    const QStringList rest = commandArgs.mid(1);
    if (command == QLatin1String("demo"))
        return DemoCommand::run(rest, m_out, m_err);

    CliContext ctx(CliContext::openWorkspace(configPath), m_out, m_err);
    if (command == QLatin1String("secret"))
        return SecretCommand::run(ctx, rest);
    if (command == QLatin1String("auth"))
        return AuthCommand::run(ctx, rest);
    if (command == QLatin1String("invoice"))
        return InvoiceCommand::run(ctx, rest);
    if (command == QLatin1String("reconcile"))
        return ReconcileCommand::run(ctx, rest);
    if (command == QLatin1String("links"))
        return LinksCommand::run(ctx, rest);
    if (command == QLatin1String("log"))
        return LogCommand::run(ctx, rest);
    throw il::UserError(QStringLiteral("unknown command '%1' (see --help)").arg(command));
}
