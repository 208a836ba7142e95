#pragma once

#include "engine/catalog/tabledef.h"
#include "engine/data/chunkrange.h"
#include "engine/data/tableestimate.h"

#include <QList>
#include <optional>

class QSqlDatabase;

namespace sluice::engine {

struct ChunkPlanOptions
{
    // A chunk holds about this much data (by the STATISTICS estimate)...
    qint64 targetBytes = 64 * 1024 * 1024;
    // ...or, when set, about this many rows, whichever gives more chunks.
    qint64 targetRows = 0;
    int maxChunks = 4096;
    // The table's estimate when the caller has it already (its statisticsBytes and
    // rows are used): spares a second estimate query, which on SQLite reads every page.
    std::optional<TableEstimate> estimate;
};

// Splits a table into key ranges so that PARALLEL workers can share one big table.
//  - A single-column integer primary key (or SQLite's rowid): min and max, cut into
//    equal ranges.
//  - Another single-column primary key: boundaries from the ordered keys (PostgreSQL:
//    percentile_disc over a TABLESAMPLE; MariaDB and SQLite: ORDER BY ... OFFSET).
//  - No usable key, or a small table: one chunk.
// The ranges are half-open and contiguous; the first has no lower bound and the
// last no upper bound, so every row, including rows added after planning, falls in
// exactly one chunk.
class ChunkPlanner
{
public:
    [[nodiscard]] static std::optional<QList<ChunkRange>> plan(QSqlDatabase &db, Dialect dialect,
                                                               const TableDef &table,
                                                               const ChunkPlanOptions &options,
                                                               QString *errorString);

    // The column chunks are cut on, or empty; *integer tells whether it is an integer.
    [[nodiscard]] static QString keyColumn(const TableDef &table, Dialect dialect, bool *integer);
    // Ranges from sorted, distinct boundaries: boundaries.size() + 1 chunks.
    [[nodiscard]] static QList<ChunkRange> rangesFrom(const QString &keyColumn, bool integer,
                                                      const QStringList &boundaries);
};

} // namespace sluice::engine
