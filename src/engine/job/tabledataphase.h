#pragma once

#include "engine/core/dialect.h"

#include <QList>
#include <QString>
#include <atomic>
#include <memory>

class QTimer;

namespace sluice::engine {

class JobLog;
class MasterTable;
class SnapshotCoordinator;

// What the export and import plans share about their table-data phase.
class TableDataPhase
{
public:
    // One table's chunks in the master table: how many, and what earlier runs completed.
    struct Tally
    {
        QString schema;
        QString name;
        int chunks = 0;
        int done = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };

    // Every table with TABLE_DATA items, in (schema, name) order. The ". . exported"
    // (imported) line of a table comes with its last chunk, so a restart must count the
    // chunks completed before it.
    [[nodiscard]] static QList<Tally> tallies(MasterTable &master);

    // MariaDB source: the snapshot's global read lock stays until `workers` workers
    // joined the snapshot (or kLockWaitMs passed), as mydumper does, then goes at once
    // and `lockReleased` is set. Returns the polling timer (on the calling thread's
    // event loop; stop it when the job stops), or nullptr for other engines.
    [[nodiscard]] static std::unique_ptr<QTimer>
    scheduleLockRelease(Dialect source, SnapshotCoordinator &coordinator,
                        const std::atomic<int> &joinedWorkers, std::atomic<bool> &lockReleased,
                        JobLog *log, int workers);

    static constexpr int kLockWaitMs = 30000;
};

} // namespace sluice::engine
