#pragma once

#include "engine/core/dialect.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// What a worker needs to read the job's consistent snapshot, as a plain value
// (SnapshotCoordinator takes it, SnapshotCoordinator::join() uses it).
struct Snapshot
{
    Dialect dialect = Dialect::SQLite;
    // PostgreSQL: the pg_export_snapshot() id workers import. MariaDB: the binary log
    // position (gtid_binlog_pos) at the snapshot, for the log only. SQLite: empty.
    QString id;
    QDateTime takenAt;
    // E.g. MariaDB tables whose engine has no consistent snapshot (MyISAM, Aria).
    QStringList warnings;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace sluice::engine

Q_DECLARE_METATYPE(sluice::engine::Snapshot)
