#pragma once

#include "engine/Workspace.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QTextStream>

#include <memory>

// What every command gets: the engine (a Workspace, opened from --config FILE and the keychain
// of its connection, as the window opens its own), its settings and secrets for short, and the
// two output streams. Nothing opens before a command asks for it, so `secret` and `auth` create no
// database. The demo opens its own Workspace over a temporary config and in-memory secrets.
struct CliContext {
    CliContext(std::unique_ptr<il::Workspace> ws, QTextStream& output, QTextStream& errors)
        : workspace(std::move(ws))
        , settings(&workspace->settings())
        , secrets(&workspace->secrets())
        , out(output)
        , err(errors) {}

    // The factory: the command line's runs and lock are recorded as "cli".
    static std::unique_ptr<il::Workspace> openWorkspace(const QString& configPath) {
        return il::Workspace::open(configPath, il::Workspace::Options{.frontEnd = QStringLiteral("cli")});
    }

    std::unique_ptr<il::Workspace> workspace;
    il::Settings* settings;
    il::SecretStore* secrets;
    QTextStream& out;
    QTextStream& err;
};
