#include "ReconcileCommand.h"

#include "CallReport.h"
#include "CliProgress.h"
#include "CliContext.h"
#include "MonthArgument.h"
#include "ReportText.h"
#include "TerminalText.h"

#include "engine/ConfigCheck.h"
#include "export/ReportExport.h"
#include "table/CsvFormat.h"
#include "table/TableFile.h"
#include "engine/Workspace.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "reconcile/PushPlanner.h"
#include "reconcile/ReportJson.h"

#include <QCommandLineParser>
#include <QJsonDocument>

ReconcileCommand::Options ReconcileCommand::parse(const QStringList& args, const QString& command) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("month"), QStringLiteral("Month YYYY-MM"), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("apply"), QStringLiteral("Push corrections"), QStringLiteral("KINDS")});
    p.addOption({QStringLiteral("export"), QStringLiteral("Write the report to CSV or XLSX"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("csv-format"),
                 QStringLiteral("CSV separator and decimal point: comma (, and .) or semicolon (; and ,)"),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON report")});
    p.addOption({QStringLiteral("verbose"), QStringLiteral("List the API calls per endpoint")});
    if (!p.parse(QStringList{command} + args))
        throw il::UserError(p.errorText());
    if (!p.positionalArguments().isEmpty())
        throw il::UserError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    Options o;
    if (p.isSet(QStringLiteral("month")))
        o.month = MonthArgument::parse(p.value(QStringLiteral("month")));
    if (p.isSet(QStringLiteral("apply"))) {
        const auto kinds = il::PushPlanner::parseKinds(p.value(QStringLiteral("apply")));
        if (!kinds)
            throw il::UserError(QStringLiteral("--apply takes a comma list of quantity, price, create, or all; not '%1'")
                                    .arg(p.value(QStringLiteral("apply"))));
        o.apply = *kinds;
    }
    o.exportPath = p.value(QStringLiteral("export"));
    if (!o.exportPath.isEmpty() && !o.exportPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !o.exportPath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        throw il::UserError(QStringLiteral("--export writes .csv or .xlsx, not '%1'").arg(o.exportPath));
    o.csvFormat = p.value(QStringLiteral("csv-format"));
    if (p.isSet(QStringLiteral("csv-format")) && !il::CsvFormat::fromName(o.csvFormat))
        throw il::UserError(QStringLiteral("--csv-format takes comma or semicolon, not '%1'").arg(o.csvFormat));
    o.json = p.isSet(QStringLiteral("json"));
    o.verbose = p.isSet(QStringLiteral("verbose"));
    return o;
}

int ReconcileCommand::run(CliContext& ctx, const QStringList& args) {
    const Options o = parse(args, QStringLiteral("reconcile"));
    if (!o.month.isValid())
        throw il::UserError(QStringLiteral("usage: reconcile --month YYYY-MM [--apply KINDS] [--export FILE] [--json]"));
    ctx.workspace->checkSettings();
    // The database before the connections, as before: a database that cannot open fails first.
    ctx.workspace->database();
    return execute(*ctx.workspace, o, ctx.out, ctx.err);
}

int ReconcileCommand::execute(il::Workspace& workspace, const Options& o, QTextStream& out, QTextStream& err) {
    il::Connections& connections = workspace.connections();
    il::MonthRun& run = workspace.run();
    // A second writer of the month (another user, a scheduled run) is waited for, not raced.
    run.setLockWait(std::chrono::minutes(10));
    QObject::connect(&run, &il::MonthRun::waitingForLock, [&err](const QString& holder) {
        err << "waiting: " << holder << " is pushing this month\n";
        err.flush();
    });
    CliProgress progress;
    const QMetaObject::Connection progressLog =
        QObject::connect(&run, &il::MonthRun::loadProgress, [&progress](const il::LoadProgress& p) { progress.step(p); });
    il::runSync(run.load(o.month));
    QObject::disconnect(progressLog);
    if (!o.apply.isEmpty()) {
        // Whatever fails here is already in the transfer log; the run record closes either way.
        try {
            il::runSync(run.push(run.plan(o.apply)));
        } catch (...) {
            run.finish();
            throw;
        }
    }
    run.finish();
    const il::MonthResult& r = run.result();
    if (!o.exportPath.isEmpty()) {
        // Scripts read the comma form: it stays the default unless the option or the setting says otherwise.
        const il::CsvFormat csv = o.csvFormat.isEmpty()
                                      ? il::CsvFormat::fromSettings(workspace.settings(), il::CsvFormat::comma())
                                      : *il::CsvFormat::fromName(o.csvFormat);
        il::TableFile::save(il::ReportExport::table(r, run.directory()), o.exportPath,
                            QStringLiteral("Reconciliation"), csv);
    }
    if (o.json) {
        QJsonObject report = il::ReportJson::build(r);
        if (o.verbose)
            report[QStringLiteral("api_calls")] = CallReport::json(connections, true);
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        ReportText::print(r, out);
        if (o.verbose) {
            out << '\n';
            CallReport::print(connections, out);
        }
        if (!o.exportPath.isEmpty())
            out << "Report written to " << o.exportPath << '\n';
    }
    if (!r.stopReason.isEmpty()) {
        out.flush();
        err << "invoicelink-cli: the push stopped: " << TerminalText::clean(r.stopReason) << '\n';
        return 2;
    }
    // A push that failed is a failed run, whatever else the month looks like: a scheduler must
    // see 2 and a human must look (the transfer log has each failure with ConnectWise's words).
    if (r.failed > 0) {
        out.flush();
        err << QStringLiteral("invoicelink-cli: %1 push(es) to ConnectWise failed; see the report above and "
                              "`invoicelink-cli log export --month %2 FILE.csv`\n")
                   .arg(r.failed)
                   .arg(o.month.toString(QStringLiteral("yyyy-MM")));
        return 2;
    }
    return r.needingAttention() ? 1 : 0;
}
