#pragma once

#include <QStringList>

struct CliContext;

// secret set NAME (value on standard input) / secret delete NAME.
class SecretCommand {
public:
    static int run(CliContext& ctx, const QStringList& args);
    static const QStringList& names();
};
