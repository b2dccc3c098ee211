#include "engine/Workspace.h"

#include "engine/ConfigCheck.h"
#include "export/TransferLogService.h"

#include "connectwise/ConnectWiseClient.h"
#include "engine/CwLookups.h"
#include "exact/ExactConnection.h"
#include "log/LogCategories.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "reconcile/Connections.h"
#include "reconcile/MonthRun.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/RunHistory.h"
#include "reconcile/MonthDeviation.h"

#include <algorithm>

namespace il {

Workspace::Workspace(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets,
                     Options options, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_options(std::move(options))
    , m_user(m_options.user.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("unknown"))
                                      : m_options.user) {}

std::unique_ptr<Workspace> Workspace::open(const QString& configPath, Options options) {
    auto settings = std::make_unique<Settings>(configPath);
    const QString connection = settings->connectionName();
    return std::make_unique<Workspace>(std::move(settings), std::make_unique<KeychainSecretStore>(connection),
                                       std::move(options));
}

Workspace::~Workspace() {
    close();
}

bool Workspace::isConfigured() const {
    return !m_settings->exactClientId().isEmpty() && !m_settings->cwCompany().isEmpty() &&
           !m_settings->value(Setting::ExactDivision).isEmpty();
}

void Workspace::checkSettings() const {
    if (const QStringList problems = ConfigCheck::problems(*m_settings); !problems.isEmpty())
        throw UserError(
            QStringLiteral("%1: %2").arg(m_settings->path(), problems.join(QStringLiteral("; "))));
}

Database& Workspace::database(DatabaseMode mode) {
    if (!m_database) {
        Database::Options options;
        options.mustExist = mode == DatabaseMode::MustExist;
        // A shared PostgreSQL database's password is a secret: it lives in the keychain.
        if (m_settings->databaseUrl().startsWith(QLatin1String("postgresql:")))
            options.password =
                runSync(m_secrets->read(QStringLiteral("database.password"))).value_or(QString());
        m_database = std::make_unique<Database>(m_settings->databaseUrl(), options);
    }
    return *m_database;
}

Connections& Workspace::connections() {
    if (!m_connections)
        m_connections =
            std::make_unique<Connections>(*m_settings, *m_secrets, Clock::system(), m_options.tokenLockPath);
    return *m_connections;
}

TransferLogService& Workspace::transferLog(DatabaseMode mode) {
    if (!m_transferLog)
        m_transferLog = std::make_unique<TransferLogService>(database(mode), *m_secrets, m_user);
    return *m_transferLog;
}

CwLookups& Workspace::lookups() {
    if (!m_lookups)
        m_lookups = std::make_unique<CwLookups>(connections().connectwise());
    return *m_lookups;
}

MonthRun& Workspace::run() {
    if (m_run)
        return *m_run;
    CwLookups& lookups = this->lookups();
    m_run = std::make_unique<MonthRun>(connections(), database(), *m_settings,
                                       MonthRun::Identity{m_user, m_options.frontEnd});
    MonthRun* run = m_run.get();
    // What a dialog creates belongs in the month's directory at once (a line is linked to it next);
    // what the month read spares the pickers a call.
    connect(&lookups, &CwLookups::agreementCreated, run, &MonthRun::addAgreement);
    connect(&lookups, &CwLookups::catalogItemCreated, run, &MonthRun::addCatalogItem);
    connect(run, &MonthRun::resultChanged, &lookups,
            [run, &lookups] { lookups.remember(run->directory().agreements); });
    emit runCreated(run);
    return *run;
}

QString Workspace::tokenLockPath() const {
    return m_options.tokenLockPath.isEmpty() ? ExactConnection::defaultLockFilePath(*m_settings)
                                             : m_options.tokenLockPath;
}

QCoro::Task<ExactStatus> Workspace::signInToExact(SignInOptions options, CancelToken cancel) {
    ExactConnection& exact = connections().exact();
    co_await exact.signIn(std::move(options), cancel);
    co_return co_await exact.status(cancel);
}

QCoro::Task<ExactStatus> Workspace::exactStatus(CancelToken cancel) {
    co_return co_await connections().exact().status(cancel);
}

QCoro::Task<ConnectionCheck> Workspace::checkConnectWise(CancelToken cancel) {
    co_return co_await connections().connectwise().testConnection(cancel);
}

std::vector<MonthAmount> Workspace::deviationByMonth() {
    std::vector<MonthAmount> months = RunHistory(database()).deviationByMonth();
    // The loaded month's record is finished only at the next load: its figure is the live one.
    if (m_run && m_run->result().month.isValid() && !m_run->result().records.isEmpty()) {
        const QString month = m_run->result().month.toString(QStringLiteral("yyyy-MM"));
        const Decimal now = MonthDeviation::compute(m_run->result().records).total;
        auto it = std::find_if(months.begin(), months.end(), [&](const MonthAmount& m) { return m.month >= month; });
        if (it != months.end() && it->month == month)
            it->amount = now;
        else
            months.insert(it, MonthAmount{month, now});
    }
    return months;
}

void Workspace::reopen() {
    close();
    try {
        // The window shows these words under its own heading, without the file's path.
        if (const QStringList problems = ConfigCheck::problems(*m_settings); !problems.isEmpty())
            throw UserError(problems.join(QStringLiteral("; ")));
        database();
        connections();
        run();
    } catch (...) {
        close();
        throw;
    }
}

void Workspace::close() {
    if (m_run) {
        // The record of the last run closes with the counts of its final state. The database may
        // be what failed: the run is let go all the same.
        try {
            m_run->finish();
        } catch (const std::exception& e) {
            qCWarning(lcReconcile).noquote() << "the run record could not be finished:" << e.what();
        }
    }
    m_run.reset();
    m_transferLog.reset();
    m_lookups.reset();
    m_connections.reset();
    m_database.reset();
}

} // namespace il
