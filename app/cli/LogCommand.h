#pragma once

#include <QStringList>

struct CliContext;

// log export --month YYYY-MM FILE.csv|FILE.xlsx | log verify (exit 1 naming the first bad row).
class LogCommand {
public:
    static int run(CliContext& ctx, const QStringList& args);
};
