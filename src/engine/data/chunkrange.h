#pragma once

#include "engine/core/dialect.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// One chunk of a table: the half-open key range lower <= key < upper. A missing
// bound is open, so the first and last chunks also take keys below the planned
// minimum and above the planned maximum (rows added after planning). Key columns
// are primary keys, never NULL. A chunk without a key column is the whole table.
// A plain value, so the master table can store it and a worker can copy it.
struct ChunkRange
{
    int index = 0;
    int count = 1;
    QString keyColumn; // empty: the whole table
    bool integerKey = true;
    std::optional<QString> lower; // inclusive; the key's value as text
    std::optional<QString> upper; // exclusive

    [[nodiscard]] bool isWholeTable() const { return keyColumn.isEmpty() || (!lower && !upper); }
    // The SQL condition selecting the chunk's rows; empty for the whole table.
    [[nodiscard]] QString condition(Dialect dialect) const;

    friend bool operator==(const ChunkRange &, const ChunkRange &) = default;
};

} // namespace sluice::engine
