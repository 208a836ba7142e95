#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/data/snapshot.h"
#include "engine/dump/dumpwriter.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <atomic>
#include <memory>

namespace sluice::engine {

class JobLog;

// What an export's plan shares with its executors (one per worker thread): the
// source connection's parameters and password (each worker opens its own
// connection), the snapshot they all read, the dump writer, and the tallies behind
// the log's "Processing object type" and ". . exported" lines. Set up by the plan on
// the host's main thread before any worker starts; afterwards the plain members are
// read-only and the rest is guarded or atomic.
class ExportState
{
public:
    ConnectionParams params;
    QString password;
    Snapshot snapshot;
    // MariaDB: the snapshot's global read lock is gone; a worker starting now
    // cannot share the snapshot.
    std::atomic<bool> lockReleased{false};
    std::atomic<int> joinedWorkers{0};
    std::unique_ptr<DumpWriter> writer;
    JobLog *log = nullptr;

    // Logs "Processing object type <path>" the first time an item of that path runs.
    void processing(const QString &objectPath, int worker);
    // Marks a path as already printed (by the estimate phase).
    void markProcessed(const QString &objectPath);
    // A table's chunk count and what earlier runs already exported of it.
    void expectTable(const QString &schema, const QString &name, int chunks, int doneChunks,
                     qint64 doneRows, qint64 doneBytes);
    // One chunk exported; the last one of a table logs ". . exported".
    void chunkDone(const QString &schema, const QString &name, qint64 rows, qint64 bytes,
                   int worker);
    // MariaDB: warns once that a late worker reads a newer state.
    void warnLateWorker(int worker);
    // A member written after its item was recorded COMPLETED (ExportExecutor writes a
    // chunk while it reads the next) could not be written. The first such error stops
    // the job at finish(); a restart redoes the item (DumpRecovery finds no member).
    void recordWriteFailure(const QString &error);
    [[nodiscard]] QString writeFailure() const;

private:
    struct Tally
    {
        int chunks = 0;
        int done = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };
    mutable QMutex m_mutex;
    QSet<QString> m_processed;      // guarded by m_mutex
    QHash<QString, Tally> m_tables; // guarded by m_mutex
    bool m_warnedLate = false;      // guarded by m_mutex
    QString m_writeFailure;         // guarded by m_mutex
};

} // namespace sluice::engine
