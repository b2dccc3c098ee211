#include "DemoCommand.h"

#include "InvoiceCommand.h"
#include "ReconcileCommand.h"

#include "errors/UserError.h"
#include "async/RunSync.h"
#include "engine/Workspace.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "sandbox/Sandbox.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>

il::sandbox::PurchaseBooking DemoCommand::takeBooking(QStringList& args) {
    using il::sandbox::PurchaseBooking;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        if (args[i] == QLatin1String("--booking") && i + 1 < args.size()) {
            value = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--booking="))) {
            value = args[i].mid(10);
            args.remove(i);
        } else {
            continue;
        }
        if (value == QLatin1String("invoices"))
            return PurchaseBooking::Invoices;
        if (value == QLatin1String("entries"))
            return PurchaseBooking::Entries;
        if (value == QLatin1String("both"))
            return PurchaseBooking::Both;
        throw il::UserError(QStringLiteral("--booking must be invoices, entries or both, not '%1'").arg(value));
    }
    if (args.contains(QLatin1String("--booking")))
        throw il::UserError(QStringLiteral("--booking needs a value: invoices, entries or both"));
    return PurchaseBooking::Invoices;
}

int DemoCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    // "demo lines ..." shows the invoice lines only; otherwise the whole reconcile.
    const bool linesOnly = args.value(0) == QLatin1String("lines");
    QStringList rest = linesOnly ? args.mid(1) : args;
    il::sandbox::SandboxOptions options;
    options.data.booking = takeBooking(rest);
    InvoiceCommand::Options invoiceOptions;
    ReconcileCommand::Options reconcileOptions;
    if (linesOnly)
        invoiceOptions = InvoiceCommand::parse(rest, QStringLiteral("demo"));
    else
        reconcileOptions = ReconcileCommand::parse(rest, QStringLiteral("demo"));

    // The demo's config carries the loopback redirect URI, which real Exact refuses (http):
    // the sandbox allows it for the demo only.
    options.allowHttpRedirect = true;
    il::sandbox::Sandbox sandbox(options);
    if (!sandbox.start())
        throw il::UserError(QStringLiteral("the demo sandbox could not start: %1").arg(sandbox.errorString()));
    QTemporaryDir dir;
    if (!dir.isValid())
        throw il::UserError(QStringLiteral("no temporary folder for the demo: %1").arg(dir.errorString()));
    const QString configPath = dir.filePath(QStringLiteral("demo.ini"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        throw il::UserError(QStringLiteral("cannot write %1").arg(configPath));
    config.write(sandbox.configIni(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("demo.sqlite"))).toUtf8());
    config.close();

    auto secrets = std::make_unique<il::MemorySecretStore>();
    const auto seeded = sandbox.secrets();
    for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
        il::runSync(secrets->write(it.key(), it.value()));
    // The same engine as `reconcile`, opened over the demo's config and in-memory secrets.
    il::Workspace workspace(std::make_unique<il::Settings>(configPath), std::move(secrets),
                            {.frontEnd = QStringLiteral("cli"),
                             .tokenLockPath = dir.filePath(QStringLiteral("token.lock")),
                             .demo = true});

    const bool json = linesOnly ? invoiceOptions.json : reconcileOptions.json;
    if (!json)
        err << "Demo: built-in sandbox at " << sandbox.baseUrl().toString() << ", temporary config and database in "
            << dir.path() << "\n\n";
    err.flush();
    if (linesOnly) {
        if (!invoiceOptions.month.isValid())
            invoiceOptions.month = sandbox.data().demoMonth;
        return InvoiceCommand::execute(workspace, invoiceOptions, out);
    }
    if (!reconcileOptions.month.isValid())
        reconcileOptions.month = sandbox.data().demoMonth;
    workspace.database();
    return ReconcileCommand::execute(workspace, reconcileOptions, out, err);
}
