#pragma once

#include "exact/ExactScope.h"
#include "errors/UserError.h"

namespace il {

// Exact refused a resource because the app was not granted its scope: something the user (or
// the Exact administrator) fixes in the App Center, so a UserError, whose message names the
// scope and what it was needed for (ExactScope::missingMessage). Never a sign-in problem.
class ExactScopeError : public UserError {
public:
    ExactScopeError(QString resource, QString wireScope, const QString& serverMessage)
        : UserError(ExactScope::missingMessage(resource, wireScope, serverMessage))
        , m_resource(std::move(resource))
        , m_wireScope(std::move(wireScope)) {}

    const QString& resource() const { return m_resource; }
    const QString& wireScope() const { return m_wireScope; }
    QString scope() const { return ExactScope::readable(m_wireScope); }

private:
    QString m_resource;
    QString m_wireScope;
};

} // namespace il
