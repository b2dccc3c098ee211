#pragma once

#include <QString>
#include <QStringList>

namespace il {

// Where and how much the invoicelink.* categories log: every front end calls install() once,
// before it creates the engine. Lines go to standard error as
//   2026-12-01T05:14:02.123Z invoicelink.http debug: GET https://... -> 200 in 41 ms
// so standard output stays the command's own (JSON stays parseable). QT_LOGGING_RULES and
// QT_LOGGING_CONF still apply on top of the level chosen here (Qt gives them precedence).
class LogOutput {
public:
    enum class Level {
        Quiet,   // warnings and errors only (the default)
        Verbose, // --verbose: the phases of a run (info)
        Debug    // --debug: every request and lock wait too (debug)
    };

    static void install(Level level);
    // The line as install()'s handler writes it (without the newline); for tests.
    static QString format(const QString& category, const QString& level, const QString& message);
    // The QLoggingCategory filter rules for a level.
    static QString rules(Level level);
};

} // namespace il
