#include "DemoCommand.h"

#include "InvoiceCommand.h"

#include "net/ApiError.h"
#include "net/RunSync.h"
#include "reconcile/Connections.h"
#include "sandbox/Sandbox.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>

int DemoCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    InvoiceCommand::Options options = InvoiceCommand::parse(args, QStringLiteral("demo"));

    il::sandbox::Sandbox sandbox;
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

    il::Settings settings(configPath);
    il::MemorySecretStore secrets;
    const auto seeded = sandbox.secrets();
    for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
        il::runSync(secrets.write(it.key(), it.value()));

    if (!options.month.isValid())
        options.month = sandbox.data().demoMonth;
    if (!options.json)
        err << "Demo: built-in sandbox at " << sandbox.baseUrl().toString() << ", temporary config " << configPath
            << "\n\n";
    err.flush();
    il::Connections connections(settings, secrets, il::Clock::system(), dir.filePath(QStringLiteral("token.lock")));
    return InvoiceCommand::execute(connections, settings.exactSource(), options, out);
}
