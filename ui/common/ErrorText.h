#pragma once

#include "errors/Remedy.h"

#include <QString>

#include <exception>

namespace il::ui {

// The one way the window words an error: core says what is wrong and which remedy applies
// (il::Remedy); this turns the remedy into the place in the window that fixes it, in the user's
// language. Core's messages never tell a window user to run a command; the command line words
// the same remedies as commands (app/cli/CliErrorText).
class ErrorText {
public:
    // A UserError's problem followed by its remedy, "The operation was cancelled." for a cancel,
    // or the exception's own message (an ApiError names system, endpoint and status).
    static QString describe(const std::exception& e);
    // `problem` followed by what to do in the window; just `problem` when the remedy is None.
    static QString withRemedy(const QString& problem, const Remedy& remedy);
    // What to do, as a sentence of the window's own; empty for None.
    static QString remedy(const Remedy& remedy);

private:
    static QString setSecret(const QString& name);
};

} // namespace il::ui
