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
};

} // namespace il
