#pragma once

#include <QDate>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include "reconcile/PushAction.h"

struct CliContext;
namespace il {
class Workspace;
} // namespace il

// reconcile --month YYYY-MM [--apply KINDS] [--export FILE.csv|FILE.xlsx] [--json]
// Exit 0: nothing left to fix; 1: deviations or unlinked lines remain; 2: it failed, or a push
// failed (the report is printed all the same, and one line on standard error says so).
class ReconcileCommand {
public:
    struct Options {
        QDate month;
        QSet<il::PushKind> apply;
        QString exportPath;
        QString csvFormat; // --csv-format: comma or semicolon; empty: the setting, else comma
        bool json = false;
        bool verbose = false;
    };
    static int run(CliContext& ctx, const QStringList& args);
    static Options parse(const QStringList& args, const QString& command);
    // Shared with the demo.
    static int execute(il::Workspace& workspace, const Options& options, QTextStream& out, QTextStream& err);
};
