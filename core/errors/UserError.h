#pragma once

#include <QString>

#include <stdexcept>

namespace il {

// A problem in our own configuration or state (missing setting, missing secret, expired
// refresh token) that the user must fix; the message says how.
class UserError : public std::runtime_error {
public:
    explicit UserError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromUtf8(what()); }
};

} // namespace il
