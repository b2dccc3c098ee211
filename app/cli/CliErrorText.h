#pragma once

#include "errors/Remedy.h"

#include <QString>

#include <exception>

// The command line's wording of errors: core says what is wrong and which remedy applies
// (il::Remedy), and this is the one place that turns the remedy into the command to run. The
// window words the same remedies as places in Settings (ui/ErrorText).
class CliErrorText {
public:
    // The text printed after "invoicelink-cli: " for any exception: a UserError's problem with
    // its remedy, "cancelled", or the exception's own message.
    static QString describe(const std::exception& e);
    // `problem` followed by the command that fixes it ("…; run `invoicelink-cli auth login`").
    static QString withRemedy(const QString& problem, const il::Remedy& remedy);

private:
    static QString remedySuffix(const il::Remedy& remedy);
};
