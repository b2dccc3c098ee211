#include "DatabaseOpener.h"

#include "async/RunSync.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"

std::unique_ptr<il::Database> DatabaseOpener::open(const il::Settings& settings, il::SecretStore& secrets,
                                                   Mode mode) {
    const QString url = settings.databaseUrl();
    il::Database::Options options;
    options.mustExist = mode == Mode::MustExist;
    if (url.startsWith(QLatin1String("postgresql:")))
        options.password = il::runSync(secrets.read(QStringLiteral("database.password"))).value_or(QString());
    return std::make_unique<il::Database>(url, options);
}
