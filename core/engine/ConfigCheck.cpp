#include "engine/ConfigCheck.h"

#include "connectwise/CwApiVersion.h"
#include "errors/UserError.h"
#include "exact/CustomerKeyRule.h"
#include "exact/ItemKeyRule.h"
#include "settings/Settings.h"
#include "table/CsvFormat.h"

namespace il {

QStringList ConfigCheck::problems(const Settings& settings) {
    QStringList found = settings.validate();
    found << itemKeyProblems(settings.itemKeyRule(), settings.itemPattern(), settings.exactSource());
    if (const QString p = cwApiVersionProblem(settings.cwApiVersion()); !p.isEmpty())
        found << p;
    // Refused before a run, not when its export is written after the pushes.
    try {
        CsvFormat::fromSettings(settings, CsvFormat::comma());
    } catch (const UserError& e) {
        found << e.message();
    }
    return found;
}

QString ConfigCheck::customerPatternProblem(const QString& pattern) {
    try {
        CustomerKeyRule::fromSettings(QStringLiteral("description"), pattern);
    } catch (const UserError& e) {
        return e.message();
    }
    return {};
}

QStringList ConfigCheck::itemKeyProblems(const QString& rule, const QString& pattern, const QString& source) {
    if (const QString p = ItemKeyRule::problem(rule, pattern); !p.isEmpty())
        return {p};
    if (source == QLatin1String("entries") && !ItemKeyRule::fromSettings(rule, pattern).fromDescription())
        return {ItemKeyRule::entriesProblem()};
    return {};
}

QString ConfigCheck::cwApiVersionProblem(const QString& version) {
    return version.isEmpty() ? QString() : CwApiVersion::problem(version);
}

} // namespace il
