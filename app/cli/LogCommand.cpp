#include "LogCommand.h"

#include "CliContext.h"
#include "MonthArgument.h"

#include "export/ExportTip.h"
#include "export/TransferExport.h"
#include "net/ApiError.h"
#include "net/RunSync.h"
#include "store/Database.h"
#include "store/LineNotes.h"
#include "store/TipAnchor.h"
#include "store/TransferLog.h"

#include <QCommandLineParser>

namespace {

const QString kUsage = QStringLiteral("usage: log export [--month YYYY-MM] FILE.csv|FILE.xlsx | log verify "
                                      "[--tip ID:HASH] [--against FILE.csv] | "
                                      "log anchor [--reset]");

int verify(CliContext& ctx, il::Database& database, const QStringList& args) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("tip"), QStringLiteral("A tip from an export or a mail"), QStringLiteral("ID:HASH")});
    p.addOption(
        {QStringLiteral("against"), QStringLiteral("The tip an export carries"), QStringLiteral("FILE.csv")});
    if (!p.parse(QStringList{QStringLiteral("log")} + args) || !p.positionalArguments().isEmpty())
        throw il::UserError(kUsage);
    QList<il::LogVerifier::Expected> expected;
    for (const QString& text : p.values(QStringLiteral("tip"))) {
        const auto tip = il::LogTip::parse(text);
        if (!tip)
            throw il::UserError(
                QStringLiteral("--tip takes ID:HASH (a row id and its 64 hex digit hash), not '%1'")
                    .arg(text));
        expected.append({*tip, QStringLiteral("--tip %1").arg(tip->text())});
    }
    for (const QString& path : p.values(QStringLiteral("against")))
        expected.append(il::ExportTip::read(path));

    const il::LogVerifier::Result v = il::runSync(il::TipAnchor(*ctx.secrets, database).verify(expected));
    if (!v.ok) {
        ctx.out << "transfer log NOT intact: " << v.reason << '\n';
        return 1;
    }
    ctx.out << "transfer log intact: " << v.rowsChecked << " row(s) checked\n";
    for (const QString& note : v.notes)
        ctx.out << "  " << note << '\n';
    const il::LogTip tip = il::LogVerifier(database).last();
    if (!tip.isEmpty())
        ctx.out << "  tip: " << tip.text() << '\n';
    return 0;
}

// Shows this machine's anchor; --reset moves it to the log's end (after restoring a backup).
int anchor(CliContext& ctx, il::Database& database, const QStringList& args) {
    const bool reset = args == QStringList{QStringLiteral("--reset")};
    if (!args.isEmpty() && !reset)
        throw il::UserError(kUsage);
    il::TipAnchor tipAnchor(*ctx.secrets, database);
    const std::optional<il::LogTip> before = il::runSync(tipAnchor.load());
    ctx.out << tipAnchor.origin() << ": "
            << (before ? QStringLiteral("row %1, hash %2").arg(before->id).arg(before->hash)
                       : QStringLiteral("none yet"))
            << '\n';
    if (reset) {
        const il::LogTip now = il::runSync(tipAnchor.reset());
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
    il::Database* database = &ctx.workspace->database(il::Workspace::DatabaseMode::MustExist);
    if (sub == QLatin1String("verify"))
        return verify(ctx, *database, args.mid(1));
    if (sub == QLatin1String("anchor"))
        return anchor(ctx, *database, args.mid(1));

    il::TransferLog log(*database);
    QCommandLineParser p;
    p.addOption({QStringLiteral("month"), QStringLiteral("Month YYYY-MM"), QStringLiteral("YYYY-MM")});
    if (!p.parse(QStringList{QStringLiteral("log")} + args.mid(1)) || p.positionalArguments().size() != 1)
        throw il::UserError(QStringLiteral("usage: log export [--month YYYY-MM] FILE.csv|FILE.xlsx"));
    QString month;
    if (p.isSet(QStringLiteral("month")))
        month = MonthArgument::parse(p.value(QStringLiteral("month"))).toString(QStringLiteral("yyyy-MM"));
    const QString path = p.positionalArguments().first();
    const auto transfers = log.list(month);
    il::LineNotes notes(*database, qEnvironmentVariable("USER", QStringLiteral("unknown")));
    il::TransferExport::save(transfers, path, notes.notes(month));
    ctx.out << "exported " << transfers.size() << " transfer(s) to " << path << '\n';
    return 0;
}
