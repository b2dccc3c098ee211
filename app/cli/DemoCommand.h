#pragma once

#include <QStringList>
#include <QTextStream>

// demo [--month YYYY-MM] [--json] [--verbose]: the main job against the built-in sandbox, with
// a temporary config and database and tokens in memory; it never touches real settings.
class DemoCommand {
public:
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);
};
