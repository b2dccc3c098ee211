#pragma once

#include "settings/Setting.h"

#include <QList>
#include <QString>

namespace il {

// One settings key of the contract: its INI group/name, its default and what it means.
struct SettingKey {
    Setting id;
    const char* key; // "exact/base_url"
    const char* defaultValue;
    const char* help;
};

// The table of every settings key: the only place an INI name is spelled. Settings reads and
// writes through it; the settings window and the command line name keys by Setting.
class SettingsRegistry {
public:
    static const QList<SettingKey>& all();
    static const SettingKey& of(Setting id);
    // Null for a name that is not in the contract.
    static const SettingKey* find(const QString& key);
    // "exact/base_url"
    static QString name(Setting id);
};

} // namespace il
