#pragma once

#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QTextStream>

#include <memory>

// What every command gets: the configuration, where secrets live, and the two output streams.
// The demo builds one over a temporary config and an in-memory secret store.
struct CliContext {
    std::unique_ptr<il::Settings> settings;
    std::unique_ptr<il::SecretStore> secrets;
    QTextStream& out;
    QTextStream& err;
};
