#pragma once

#include "errors/Remedy.h"

#include <QString>

#include <stdexcept>

namespace il {

// A problem in our own configuration or state (missing setting, missing secret, expired
// refresh token) that the user must fix. The message says what is wrong; when the fix is an
// action of a front end (sign in, set a secret), the remedy names it and the front end words it
// (app/cli/CliErrorText, ui/ErrorText), so core never tells a window user to run a command.
class UserError : public std::runtime_error {
public:
    explicit UserError(const QString& message) : std::runtime_error(message.toStdString()) {}
    UserError(const QString& problem, Remedy remedy)
        : std::runtime_error(problem.toStdString()), m_remedy(std::move(remedy)) {}
    QString message() const { return QString::fromUtf8(what()); }
    const Remedy& remedy() const { return m_remedy; }

private:
    Remedy m_remedy;
};

} // namespace il
