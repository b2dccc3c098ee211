#include "AppContext.h"

#include "ErrorText.h"

#include "net/ApiError.h"
#include "net/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QProcessEnvironment>

namespace il::ui {

AppContext::AppContext(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets, bool demo,
                       QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_demo(demo) {}

AppContext::~AppContext() {
    // The run refers to the connections and the database: end it first.
    m_run.reset();
    m_connections.reset();
    m_database.reset();
}

bool AppContext::isConfigured() const {
    return !m_settings->exactClientId().isEmpty() && !m_settings->cwCompany().isEmpty() &&
           !m_settings->value(QStringLiteral("exact/division")).isEmpty();
}

bool AppContext::rebuild() {
    m_run.reset();
    m_connections.reset();
    m_database.reset();
    m_lastError.clear();
    try {
        if (const QStringList problems = m_settings->validate(); !problems.isEmpty())
            throw UserError(problems.join(QStringLiteral("; ")));
        Database::Options options;
        if (m_settings->databaseUrl().startsWith(QLatin1String("postgresql:")))
            options.password = runSync(m_secrets->read(QStringLiteral("database.password"))).value_or(QString());
        m_database = std::make_unique<Database>(m_settings->databaseUrl(), options);
        m_connections = std::make_unique<Connections>(*m_settings, *m_secrets);
        const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
        m_run = std::make_unique<MonthRun>(*m_connections, *m_database, *m_settings,
                                           MonthRun::Identity{user, QStringLiteral("gui")});
    } catch (const std::exception& e) {
        m_run.reset();
        m_connections.reset();
        m_database.reset();
        m_lastError = ErrorText::describe(e);
        return false;
    }
    emit rebuilt();
    return true;
}

} // namespace il::ui
