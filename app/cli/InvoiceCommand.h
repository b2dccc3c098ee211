#pragma once

#include <QDate>
#include <QStringList>
#include <QTextStream>

struct CliContext;
namespace il {
class Workspace;
}

// invoice --month YYYY-MM [--json] [--verbose]: the month's invoice lines as Exact holds them.
class InvoiceCommand {
public:
    struct Options {
        QDate month;
        bool json = false;
        bool verbose = false;
    };
    static int run(CliContext& ctx, const QStringList& args);
    // Shared with the demo: loads and prints; returns the exit code.
    static int execute(il::Workspace& workspace, const Options& options, QTextStream& out);
    static Options parse(const QStringList& args, const QString& command);
};
