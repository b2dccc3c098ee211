#pragma once

#include "store/Database.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace il {

// The numbered schema changes, applied in order at open and recorded in schema_version.
// Append new steps at the end; never edit a step that has shipped.
class Migrations {
public:
    struct Step {
        int version = 0;
        QString description;
        QStringList statements; // already in the dialect's SQL
    };

    static std::vector<Step> all(Database::Dialect dialect);
    static int latestVersion();

    // Brings the database to latestVersion() inside one write transaction. A second process
    // opening the same database at the same moment waits (SQLite BEGIN IMMEDIATE, PostgreSQL
    // advisory lock) and then finds nothing left to do. Throws UserError when the database is
    // newer than this program.
    static void apply(Database& db);
};

} // namespace il
