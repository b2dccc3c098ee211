#include "AuthCommand.h"

#include "CliContext.h"
#include "CliErrorText.h"
#include "TerminalText.h"

#include "async/RunSync.h"
#include "errors/UserError.h"
#include "reconcile/Connections.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

// Names and versions come from the servers: cleaned before they reach the terminal.
QString describe(const il::ExactStatus& s) {
    QString text = QStringLiteral("Exact Online: signed in as %1")
                       .arg(TerminalText::clean(s.userName.isEmpty() ? s.userId : s.userName));
    if (!s.email.isEmpty())
        text += QStringLiteral(" <%1>").arg(TerminalText::clean(s.email));
    text += QStringLiteral("; division %1").arg(s.division);
    if (!s.divisionName.isEmpty())
        text += QStringLiteral(" (%1)").arg(TerminalText::clean(s.divisionName));
    if (s.tokenAgeSeconds >= 0)
        text += QStringLiteral("; access token age %1 s").arg(s.tokenAgeSeconds);
    if (s.refreshTokenDaysLeft)
        text += QStringLiteral("; sign-in valid %1 more day(s) unless used").arg(*s.refreshTokenDaysLeft);
    text += u'\n';
    // What the configured load reads (and the division list): a missing scope or right is shown
    // here instead of failing the status.
    for (const il::ExactAccess& a : s.access) {
        QString state = il::ExactAccessCheck::describe(a);
        // The division list is read only for another division than the user's current one.
        if (a.resource == u"system/Divisions" && a.state != il::ExactAccess::State::Readable &&
            s.division == s.currentDivision)
            state += QStringLiteral("; not needed while exact/division is the user's current division");
        text += QStringLiteral("  %1: %2\n").arg(a.resource, TerminalText::clean(state));
    }
    text += QStringLiteral("  missing rights: %1\n")
                .arg(s.missingRights.isEmpty() ? QStringLiteral("none") : s.missingRights.join(QStringLiteral(", ")));
    if (!s.warning.isEmpty())
        text += QStringLiteral("  warning: %1\n").arg(CliErrorText::withRemedy(s.warning, s.warningRemedy));
    return text;
}

QString describe(const il::ConnectWiseStatus& s) {
    return QStringLiteral("ConnectWise: company %1%2 at %3; codebase %4; server %5; API model %6\n")
        .arg(s.company,
             s.companyName.isEmpty() ? QString()
                                     : QStringLiteral(" (%1)").arg(TerminalText::clean(s.companyName)),
             s.site, TerminalText::clean(s.codebase),
             s.serverVersion.isEmpty() ? QStringLiteral("unknown") : TerminalText::clean(s.serverVersion),
             TerminalText::clean(s.apiVersion));
}

} // namespace

int AuthCommand::run(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("login") && sub != QLatin1String("status") && sub != QLatin1String("keepalive")))
        throw il::UserError(QStringLiteral("usage: auth login | auth status | auth keepalive"));
    il::Connections& connections = ctx.workspace->connections();
    if (sub == QLatin1String("login"))
        return login(ctx, connections);
    if (sub == QLatin1String("keepalive"))
        return keepAlive(ctx, connections);
    return status(ctx, connections);
}

int AuthCommand::login(CliContext& ctx, il::Connections& connections) {
    il::SignInOptions options;
    options.openBrowser = [&ctx](const QUrl& url) {
        ctx.out << "Open this address in your browser and sign in to Exact Online:\n  " << url.toString(QUrl::FullyEncoded) << '\n';
        ctx.out.flush();
        const auto env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("DISPLAY")) || env.contains(QStringLiteral("WAYLAND_DISPLAY")))
            QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
    };
    options.askForRedirectAddress = [&ctx]() -> QCoro::Task<QString> {
        ctx.out << "After signing in, paste the address your browser shows (within 3 minutes):\n> ";
        ctx.out.flush();
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        co_return QString::fromUtf8(in.readLine()).trimmed();
    };
    il::runSync(connections.exact().signIn(options));
    ctx.out << "Signed in; the tokens are in the " << ctx.secrets->kind() << ".\n";
    ctx.out << describe(il::runSync(connections.exact().status()));
    return 0;
}

int AuthCommand::status(CliContext& ctx, il::Connections& connections) {
    bool ok = true;
    try {
        ctx.out << describe(il::runSync(connections.exact().status()));
    } catch (const std::exception& e) {
        ok = false;
        ctx.out << "Exact Online: " << TerminalText::clean(CliErrorText::describe(e)) << '\n';
    }
    try {
        ctx.out << describe(il::runSync(connections.connectwise().status()));
    } catch (const std::exception& e) {
        ok = false;
        ctx.out << "ConnectWise: " << TerminalText::clean(CliErrorText::describe(e)) << '\n';
    }
    if (!ok)
        ctx.err << "invoicelink-cli: not every system answered; see above\n";
    return ok ? 0 : 2;
}

int AuthCommand::keepAlive(CliContext& ctx, il::Connections& connections) {
    const auto result = il::runSync(connections.exact().keepAlive());
    ctx.out << (result.refreshed ? "Refreshed the Exact Online token" : "The Exact Online token is fresh; nothing to do")
            << "; the sign-in now lasts until " << result.refreshTokenExpiresAt.toString(Qt::ISODate) << " unless used.\n";
    return 0;
}
