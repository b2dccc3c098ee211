#pragma once

#include "domain/Transfer.h"

#include <QString>

#include <optional>
#include <vector>

namespace il {

// The hash chain of the transfer log. Each row's hash is SHA-256 over a canonical serialization
// of its stored columns (as text, so a verifier needs nothing but the table) and the previous
// row's hash; the first row links to genesis().
//
// The format is versioned so that rows written before a change of the row's columns still
// verify: version 1 covers the 16 columns of the first log; version 2 adds `resolves` and
// `detail` (the write-ahead intents). A row stores its version in the `chain` column, which the
// hash of version 2 covers too (so a row cannot be downgraded to skip the new columns).
class TransferChain {
public:
    static constexpr int CurrentVersion = 2;
    // One value per column in canonicalColumns() order; nullopt is SQL NULL.
    using Row = std::vector<std::optional<QString>>;

    static const QString& genesis(); // 64 zeros
    // "id, run_id, …, prev_hash, resolves, detail, chain": every column a hash may cover, in
    // order, for SELECTs. Version 1 hashes the first v1ColumnCount() of them.
    static QString canonicalColumns();
    static int columnCount(int version);
    // The stored column texts of a transfer whose id, createdAt and prevHash are set, in the
    // current version.
    static Row rowOf(const Transfer& transfer);
    static QString createdAtText(const QDateTime& createdAt);
    // Lower-case hex SHA-256 of the canonical JSON array of the row's first columnCount(version)
    // columns. nullopt for a version this program does not know.
    static std::optional<QString> hash(const Row& row, int version);
    static QString hash(const Row& row) { return *hash(row, CurrentVersion); }
};

} // namespace il
