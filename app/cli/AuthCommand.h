#pragma once

#include <QStringList>

struct CliContext;
namespace il {
class Connections;
}

// auth login | auth status | auth keepalive.
class AuthCommand {
public:
    static int run(CliContext& ctx, const QStringList& args);

private:
    static int login(CliContext& ctx, il::Connections& connections);
    static int status(CliContext& ctx, il::Connections& connections);
    static int keepAlive(CliContext& ctx, il::Connections& connections);
};
