#pragma once

#include <QStringList>

struct CliContext;

// log export [--month YYYY-MM] FILE.csv|FILE.xlsx
// log verify [--tip ID:HASH]... [--against FILE.csv]...  (exit 1 naming the first bad row)
// log anchor [--reset]
// All refuse a database that does not exist (exit 2) instead of creating an empty one.
class LogCommand {
public:
    static int run(CliContext& ctx, const QStringList& args);
};
