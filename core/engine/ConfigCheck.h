#pragma once

#include <QStringList>

namespace il {

class Settings;

// Every problem of a configuration that stops a run, in words that name the setting: the
// settings' own form (Settings::validate) and the rules owned by each system's client
// (exact/item_key with exact/source, connectwise/api_version). It sits above both clients so
// that settings, a lower layer, never includes them.
class ConfigCheck {
public:
    static QStringList problems(const Settings& settings);

    // The same rules for values typed into a form before they are saved (the settings window),
    // so a front end checks them without reaching into the clients that own them.
    // Why `pattern` cannot be exact/customer_pattern under customer_key=description; empty when fine.
    static QString customerPatternProblem(const QString& pattern);
    // exact/item_key with exact/item_pattern, and with exact/source: empty when they go together.
    static QStringList itemKeyProblems(const QString& rule, const QString& pattern, const QString& source);
    // Why `version` is no connectwise/api_version (YYYY.N); empty when it is one or empty.
    static QString cwApiVersionProblem(const QString& version);
};

} // namespace il
