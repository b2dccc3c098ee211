#include "LinksCommand.h"

#include "CliContext.h"

#include "errors/UserError.h"
#include "store/Database.h"
#include "store/LinkStore.h"

int LinksCommand::run(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    if (args.size() != 2 || (sub != QLatin1String("import") && sub != QLatin1String("export")))
        throw il::UserError(QStringLiteral("usage: links import FILE.csv | links export FILE.csv"));
    il::Database* database = &ctx.workspace->database();
    il::LinkStore links(*database, qEnvironmentVariable("USER", QStringLiteral("unknown")));
    if (sub == QLatin1String("import")) {
        const int n = links.importCsv(args[1]);
        ctx.out << "imported " << n << " link(s) from " << args[1] << " as confirmed\n";
    } else {
        const int n = links.exportCsv(args[1]);
        ctx.out << "exported " << n << " link(s) to " << args[1] << '\n';
    }
    return 0;
}
