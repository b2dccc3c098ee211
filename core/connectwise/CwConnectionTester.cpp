#include "connectwise/CwConnectionTester.h"

#include "connectwise/CwParser.h"
#include "connectwise/CwSession.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"

namespace il {

QCoro::Task<ConnectionCheck> CwConnectionTester::check(CancelToken cancel) {
    using Problem = ConnectionCheck::Problem;
    ConnectionCheck result;
    result.status.site = m_session.site();
    result.status.company = m_session.company();
    result.status.apiVersion = m_session.apiVersion();
    auto fail = [&result](Problem p, const QString& message) {
        result.problem = p;
        result.message = message;
        return result;
    };
    if (m_session.site().isEmpty() || m_session.company().isEmpty())
        co_return fail(Problem::Settings, m_session.site().isEmpty()
                                              ? QStringLiteral("connectwise/site is not set")
                                              : QStringLiteral("connectwise/company is not set"));
    if (const QString problem = CwApiVersion::problem(m_session.apiVersion()); !problem.isEmpty())
        co_return fail(Problem::Settings, problem);

    std::optional<CwCompanyInfo> info;
    try {
        info = co_await m_session.fetchCompanyInfo(cancel);
    } catch (const ApiError& e) {
        co_return fail(Problem::Url, e.message());
    } catch (const UserError& e) {
        co_return fail(Problem::Url, e.message());
    }
    if (!info)
        co_return fail(
            Problem::Company,
            QStringLiteral("ConnectWise at %1 does not know the company '%2': check connectwise/company")
                .arg(m_session.site(), m_session.company()));
    result.status.companyName = info->companyName;
    result.status.codebase = info->codebase;
    result.status.isCloud = info->isCloud;

    const QStringList missing = co_await m_session.loadSecrets();
    if (!missing.isEmpty()) {
        // The front end words what to do: a command on the command line, a field in the window.
        result.remedy = Remedy::setSecrets(missing);
        co_return fail(
            missing.contains(QStringLiteral("connectwise.client_id")) && missing.size() == 1
                ? Problem::ClientId
                : Problem::Keys,
            QStringLiteral("not set: %1").arg(missing.join(u", ")));
    }

    try {
        const QString path = QStringLiteral("system/info");
        const CwSystemInfo sys =
            CwParser::systemInfo(co_await m_session.sendForObject("GET", path, path, {}, cancel));
        result.status.serverVersion = sys.version;
        result.status.isCloud = sys.isCloud;
    } catch (const ApiError& e) {
        const int s = e.status();
        const Problem p =
            CwApiVersion::isRefusal(e) ? Problem::Settings
            : s == 401                 ? Problem::Keys
            : s == 403 ? Problem::SecurityRole
            : s == 404 ? Problem::Url
            : s == 400 && e.serverMessage().contains(QStringLiteral("clientid"), Qt::CaseInsensitive)
                ? Problem::ClientId
                : Problem::Other;
        co_return fail(p, e.message());
    }
    co_return result;
}

QCoro::Task<ConnectWiseStatus> CwConnectionTester::status(CancelToken cancel) {
    const ConnectionCheck c = co_await check(cancel);
    if (!c.ok())
        throw UserError(c.message, c.remedy);
    co_return c.status;
}

} // namespace il
