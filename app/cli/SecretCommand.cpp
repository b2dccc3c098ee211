#include "SecretCommand.h"

#include "CliContext.h"

#include "errors/UserError.h"
#include "async/RunSync.h"

#include <QFile>

const QStringList& SecretCommand::names() {
    static const QStringList n = {
        QStringLiteral("exact.client_secret"),     QStringLiteral("exact.refresh_token"),
        QStringLiteral("connectwise.public_key"),  QStringLiteral("connectwise.private_key"),
        QStringLiteral("connectwise.client_id"),   QStringLiteral("database.password"),
    };
    return n;
}

int SecretCommand::run(CliContext& ctx, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("set") && args[0] != QLatin1String("delete")))
        throw il::UserError(QStringLiteral("usage: secret set NAME (value on standard input) | secret delete NAME"));
    const QString name = args[1];
    if (!names().contains(name))
        throw il::UserError(QStringLiteral("unknown secret '%1'; one of: %2").arg(name, names().join(QStringLiteral(", "))));

    if (args[0] == QLatin1String("delete")) {
        il::runSync(ctx.secrets->remove(name));
        ctx.out << "deleted " << name << '\n';
        return 0;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw il::UserError(QStringLiteral("cannot read the secret from standard input"));
    // One trailing newline is what `echo` adds, not part of the secret.
    QString value = QString::fromUtf8(in.readAll());
    if (value.endsWith(u'\n'))
        value.chop(1);
    if (value.endsWith(u'\r'))
        value.chop(1);
    if (value.isEmpty())
        throw il::UserError(QStringLiteral("no value on standard input for %1").arg(name));
    il::runSync(ctx.secrets->write(name, value));
    if (name == QLatin1String("exact.refresh_token")) {
        // A refresh token set by hand starts a new token chain: forget the old access token.
        il::runSync(ctx.secrets->remove(QStringLiteral("exact.access_token")));
        il::runSync(ctx.secrets->remove(QStringLiteral("exact.token_obtained_at")));
    }
    ctx.out << "stored " << name << " in the " << ctx.secrets->kind() << '\n';
    return 0;
}
