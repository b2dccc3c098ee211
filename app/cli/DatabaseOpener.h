#pragma once

#include <memory>

namespace il {
class Database;
class SecretStore;
class Settings;
} // namespace il

// Opens [database] url; a PostgreSQL password comes from the keychain secret database.password.
class DatabaseOpener {
public:
    // MustExist: a SQLite file that is not there is an error, not a new database (`log` commands).
    enum class Mode { CreateIfMissing, MustExist };
    static std::unique_ptr<il::Database> open(const il::Settings& settings, il::SecretStore& secrets,
                                              Mode mode = Mode::CreateIfMissing);
};
