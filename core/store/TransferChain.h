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
// `detail` (the write-ahead intents); version 3 adds `target`, `object_kind` and `object_id` (a
// write to either system). A row stores its version in the `chain` column, which the hashes of
// versions 2 and 3 cover too (so a row cannot be downgraded to skip the new columns). Rows of
// versions 1 and 2 got their version-3 columns from migration 5; derivedOk() checks those values,
// which their hashes do not cover, against the columns that are covered.
class TransferChain {
public:
    static constexpr int CurrentVersion = 3;
    // Positions in canonicalColumns() that verify() reads by name.
    static constexpr int IdColumn = 0;
    static constexpr int AdditionIdColumn = 6;
    static constexpr int PrevHashColumn = 15;
    static constexpr int ChainColumn = 18;
    static constexpr int TargetColumn = 19;
    static constexpr int ObjectKindColumn = 20;
    static constexpr int ObjectIdColumn = 21;
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
    // For a row of a version before 3: whether its target, object kind and object id are the ones
    // migration 5 gave it (a ConnectWise agreement addition named by its addition id). Always true
    // for version 3 and later, whose hash covers them.
    static bool derivedOk(const Row& row, int version);
    // The object id migration 5 gives a row written before version 3.
    static QString derivedObjectId(const QString& additionId);
};

} // namespace il
