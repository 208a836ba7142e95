#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// One partition of a partitioned table. On PostgreSQL each partition is also
// a table of its own (listed in the schema with `partitionOf` set).
struct PartitionDef
{
    QString name;
    // PostgreSQL: "FOR VALUES FROM (...) TO (...)" / "DEFAULT";
    // MariaDB: "VALUES LESS THAN (...)" / "VALUES IN (...)".
    QString bound;
    // MariaDB: the partition's COMMENT (a PostgreSQL partition is a table with its own).
    QString comment;
    // MariaDB: the subpartitions' names, in order (Partitioning::subStrategy).
    QStringList subpartitions;

    friend bool operator==(const PartitionDef &, const PartitionDef &) = default;
};

struct Partitioning
{
    // "RANGE", "LIST", "HASH" (PostgreSQL and MariaDB), "KEY" (MariaDB).
    QString strategy;
    // The partition key as written after the strategy, e.g. "(hire_date)".
    QString key;
    // MariaDB SUBPARTITION BY: "HASH", "KEY" (empty when none), and its key, e.g. "(id)".
    QString subStrategy;
    QString subKey;
    QList<PartitionDef> partitions;

    [[nodiscard]] bool isPartitioned() const { return !strategy.isEmpty(); }
    friend bool operator==(const Partitioning &, const Partitioning &) = default;
};

} // namespace sluice::engine
