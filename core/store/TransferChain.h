#pragma once

#include "domain/Transfer.h"

#include <QString>

#include <optional>
#include <vector>

namespace il {

// The hash chain of the transfer log. Each row's hash is SHA-256 over a canonical serialization
// of its stored columns (as text, so a verifier needs nothing but the table) and the previous
// row's hash; the first row links to kGenesis.
class TransferChain {
public:
    // One value per column in canonicalColumns() order; nullopt is SQL NULL.
    using Row = std::vector<std::optional<QString>>;

    static const QString& genesis(); // 64 zeros
    // "id, run_id, …, prev_hash": the columns the hash covers, in order, for SELECTs.
    static QString canonicalColumns();
    // The stored column texts of a transfer whose id, createdAt and prevHash are set.
    static Row rowOf(const Transfer& transfer);
    static QString createdAtText(const QDateTime& createdAt);
    // Lower-case hex SHA-256 of the canonical JSON array of the row.
    static QString hash(const Row& row);
};

} // namespace il
