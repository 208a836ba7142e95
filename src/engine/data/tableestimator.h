#pragma once

#include "engine/core/dialect.h"
#include "engine/data/tableestimate.h"
#include "engine/params/jobspec.h"

class QSqlDatabase;

namespace sluice::engine {

// Per-table size estimates for ESTIMATE and for chunk planning, from the engine's
// own bookkeeping, never by reading the table (except SQLite's row count when it
// has no statistics).
//  - BLOCKS: the space the table's data occupies: pg_relation_size (PostgreSQL),
//    information_schema DATA_LENGTH (MariaDB), the table's pages in dbstat (SQLite).
//  - STATISTICS: rows x average row length: pg_class.reltuples x the sum of the
//    columns' pg_stats.avg_width; TABLE_ROWS x AVG_ROW_LENGTH; sqlite_stat1 (or
//    count(*)) x the average payload per row in dbstat. Without statistics it falls
//    back to BLOCKS.
class TableEstimator
{
public:
    [[nodiscard]] static TableEstimate estimate(QSqlDatabase &db, Dialect dialect,
                                                const QString &schema, const QString &table,
                                                EstimateMethod method);
};

} // namespace sluice::engine
