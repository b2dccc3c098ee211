#include "LogCommand.h"

#include "CliContext.h"
#include "DatabaseOpener.h"
#include "MonthArgument.h"

#include "export/TransferExport.h"
#include "net/ApiError.h"
#include "store/Database.h"
#include "store/LineNotes.h"
#include "store/TransferLog.h"

#include <QCommandLineParser>

int LogCommand::run(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    auto database = DatabaseOpener::open(*ctx.settings, *ctx.secrets);
    il::TransferLog log(*database);
    if (sub == QLatin1String("verify") && args.size() == 1) {
        const auto v = log.verify();
        if (v.ok) {
            ctx.out << "transfer log intact: " << v.rowsChecked << " row(s) checked\n";
            return 0;
        }
        ctx.out << "transfer log NOT intact: " << v.reason << '\n';
        return 1;
    }
    if (sub == QLatin1String("export")) {
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
    throw il::UserError(QStringLiteral("usage: log export [--month YYYY-MM] FILE.csv|FILE.xlsx | log verify"));
}
