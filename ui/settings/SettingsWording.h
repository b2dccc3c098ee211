#pragma once

#include "settings/Setting.h"

#include <QCoreApplication>
#include <QString>

namespace il::ui {

// The settings window speaks in the names of its fields, not in the INI keys core's messages use
// for the command line ("exact/client_id is not set" becomes "“Client ID (Exact Online)” is not
// set"): a finance person never sees the INI.
class SettingsWording {
    Q_DECLARE_TR_FUNCTIONS(SettingsWording)
public:
    // The field's label as the window shows it, without the mnemonic and the colon.
    static QString fieldName(Setting id);
    // `message` with every contract key ("exact/item_pattern", "item_key=description") replaced
    // by the quoted name of its field.
    static QString inFieldNames(const QString& message);
};

} // namespace il::ui
