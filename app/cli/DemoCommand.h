#pragma once

#include <QStringList>
#include <QTextStream>

// demo [lines] [--month YYYY-MM] [--apply KINDS] [--export FILE] [--json] [--verbose]: the main
// job against the built-in sandbox, with a temporary config and database and tokens in memory;
// it never touches real settings or the keychain. "demo lines" prints the invoice lines only.
class DemoCommand {
public:
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);
};
