#include "LogCommand.h"

#include "CliContext.h"
#include "MonthArgument.h"

#include "async/RunSync.h"
#include "errors/UserError.h"
#include "export/TransferLogService.h"
#include "table/CsvFormat.h"
#include "store/Database.h"

#include <QCommandLineParser>

namespace {

const QString kUsage = QStringLiteral("usage: log export [--month YYYY-MM] FILE.csv|FILE.xlsx | log verify "
                                      "[--tip ID:HASH] [--against FILE.csv] | "
                                      "log anchor [--reset]");

int verify(CliContext& ctx, il::TransferLogService& log, const QStringList& args) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("tip"), QStringLiteral("A tip from an export or a mail"), QStringLiteral("ID:HASH")});
    p.addOption(
        {QStringLiteral("against"), QStringLiteral("The tip an export carries"), QStringLiteral("FILE.csv")});
    if (!p.parse(QStringList{QStringLiteral("log")} + args) || !p.positionalArguments().isEmpty())
        throw il::UserError(kUsage);
    QList<il::TransferLogService::Expected> expected;
    for (const QString& text : p.values(QStringLiteral("tip"))) {
        const auto tip = il::LogTip::parse(text);
        if (!tip)
            throw il::UserError(
                QStringLiteral("--tip takes ID:HASH (a row id and its 64 hex digit hash), not '%1'")
                    .arg(text));
        expected.append({*tip, QStringLiteral("--tip %1").arg(tip->text())});
    }
    for (const QString& path : p.values(QStringLiteral("against")))
        expected.append(il::TransferLogService::tipOfExport(path));

    const il::TransferLogService::Verification v = il::runSync(log.verify(expected));
    if (!v.ok) {
        ctx.out << "transfer log NOT intact: " << v.reason << '\n';
        return 1;
    }
    ctx.out << "transfer log intact: " << v.rowsChecked << " row(s) checked\n";
    for (const QString& note : v.notes)
        ctx.out << "  " << note << '\n';
    if (!v.tip.isEmpty())
        ctx.out << "  tip: " << v.tip.text() << '\n';
    return 0;
}

// Shows this machine's anchor; --reset moves it to the log's end (after restoring a backup).
int anchor(CliContext& ctx, il::TransferLogService& log, const QStringList& args) {
    const bool reset = args == QStringList{QStringLiteral("--reset")};
    if (!args.isEmpty() && !reset)
        throw il::UserError(kUsage);
    const std::optional<il::LogTip> before = il::runSync(log.anchor());
    ctx.out << log.anchorOrigin() << ": "
            << (before ? QStringLiteral("row %1, hash %2").arg(before->id).arg(before->hash)
                       : QStringLiteral("none yet"))
            << '\n';
    if (reset) {
        const il::LogTip now = il::runSync(log.resetAnchor());
        ctx.out << (now.isEmpty()
                        ? QStringLiteral("anchor removed: the log is empty\n")
                        : QStringLiteral("anchor moved to row %1, hash %2\n").arg(now.id).arg(now.hash));
    }
    return 0;
}

} // namespace

int LogCommand::run(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub != QLatin1String("verify") && sub != QLatin1String("export") && sub != QLatin1String("anchor"))
        throw il::UserError(kUsage);
    // Every log command reads what is there: a missing SQLite file is an error, never a new,
    // empty (and so trivially intact) log.
    il::TransferLogService& log = ctx.workspace->transferLog(il::Workspace::DatabaseMode::MustExist);
    if (sub == QLatin1String("verify"))
        return verify(ctx, log, args.mid(1));
    if (sub == QLatin1String("anchor"))
        return anchor(ctx, log, args.mid(1));

    QCommandLineParser p;
    p.addOption({QStringLiteral("month"), QStringLiteral("Month YYYY-MM"), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("csv-format"), QStringLiteral("comma or semicolon"), QStringLiteral("FORMAT")});
    if (!p.parse(QStringList{QStringLiteral("log")} + args.mid(1)) || p.positionalArguments().size() != 1)
        throw il::UserError(QStringLiteral(
            "usage: log export [--month YYYY-MM] [--csv-format comma|semicolon] FILE.csv|FILE.xlsx"));
    // Scripts read the comma form: the default unless the option or the setting says otherwise.
    if (p.isSet(QStringLiteral("csv-format"))) {
        const std::optional<il::CsvFormat> csv = il::CsvFormat::fromName(p.value(QStringLiteral("csv-format")));
        if (!csv)
            throw il::UserError(QStringLiteral("--csv-format takes comma or semicolon, not '%1'")
                                    .arg(p.value(QStringLiteral("csv-format"))));
        log.setCsvFormat(*csv);
    } else {
        log.setCsvFormat(il::CsvFormat::fromSettings(ctx.workspace->settings(), il::CsvFormat::comma()));
    }
    QString month;
    if (p.isSet(QStringLiteral("month")))
        month = MonthArgument::parse(p.value(QStringLiteral("month"))).toString(QStringLiteral("yyyy-MM"));
    const QString path = p.positionalArguments().first();
    const qsizetype exported = log.exportTo(path, month);
    ctx.out << "exported " << exported << " transfer(s) to " << path << '\n';
    return 0;
}
