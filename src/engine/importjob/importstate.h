#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/data/snapshot.h"
#include "engine/dump/dumpreader.h"
#include "engine/params/jobspec.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <atomic>
#include <memory>

namespace sluice::engine {

class JobLog;

// What an import's plan shares with its executors (one per worker thread): both
// connections' parameters and passwords (each worker opens its own connections), the
// source snapshot every worker reads (NETWORK_LINK), the REMAP_DATA functions and key,
// and the tallies behind the "Processing object type" and ". . imported" lines. Set
// up by the plan on the host's main thread before any worker starts; afterwards the
// plain members are read-only and the rest is guarded or atomic.
class ImportState
{
public:
    ConnectionParams source;
    QString sourcePassword;
    ConnectionParams target;
    QString targetPassword;
    Snapshot snapshot;
    std::atomic<bool> lockReleased{false};
    std::atomic<int> joinedWorkers{0};
    // Import from a dump file set (no NETWORK_LINK): its reader, shared by the workers
    // (reading members is thread-safe); null for a network import.
    std::shared_ptr<const DumpReader> dump;
    QList<RemapDataSpec> remapData;
    QByteArray remapKey;
    JobLog *log = nullptr;

    // Logs "Processing object type <path>" the first time an item of that path runs.
    void processing(const QString &objectPath, int worker);
    // A table's chunk count and what earlier runs already loaded of it.
    void expectTable(const QString &schema, const QString &name, int chunks, int doneChunks,
                     qint64 doneRows, qint64 doneBytes);
    // One chunk loaded; the last one of a table logs ". . imported".
    void chunkDone(const QString &schema, const QString &name, qint64 rows, qint64 bytes,
                   int worker);
    // The rows loaded into a table so far, earlier runs included.
    [[nodiscard]] qint64 loadedRows(const QString &schema, const QString &name);

private:
    struct Tally
    {
        int chunks = 0;
        int done = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };
    QMutex m_mutex;
    QSet<QString> m_processed;      // guarded by m_mutex
    QHash<QString, Tally> m_tables; // guarded by m_mutex
};

} // namespace sluice::engine
