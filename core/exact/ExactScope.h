#pragma once

#include <QString>
#include <QStringList>

namespace il {

// Exact Online's App-Center scopes in words a user can act on (api/exact-online.md §1.9). Since
// 2024 an app reaches only the resources of the scopes it was granted; any other answers 403
// "Forbidden - Application Scope Violated. Cannot read 'organization.administration' scope.".
// This class turns that wire name and the resource into "the app lacks the scope Organization
// administration, needed to read divisions", and knows per resource the scope (as the reference
// pages name it) and the key field a one-row probe may filter on.
class ExactScope {
public:
    // "organization.administration" (or "organization/administration") → "Organization
    // administration", the name on Exact's reference pages.
    static QString readable(const QString& wireScope);
    // "organization.administration" → "organization/administration", the App-Center name.
    static QString appCenterName(const QString& wireScope);
    // The scope the resource ("system/Divisions") belongs to, readable; empty when unknown.
    static QString scopeOf(const QString& resource);
    // What the product reads there: "read divisions", "read purchase invoices".
    static QString purpose(const QString& resource);
    // The primary key a probe filters on ("ID", "InvoiceID", "Code"); empty when unknown.
    static QString keyOf(const QString& resource);

    // The wire scope a 403 answer names when it is a scope violation, else an empty string.
    // A violation that names no scope yields the resource's own scope in wire form.
    static QString violatedScope(int status, const QString& serverMessage, const QString& resource);
    // "Exact Online: the app lacks the scope Organization administration, needed to read
    // divisions (Exact answered GET system/Divisions with 403 …); grant it …"
    static QString missingMessage(const QString& resource, const QString& wireScope, const QString& serverMessage);
};

} // namespace il
