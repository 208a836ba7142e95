#pragma once

#include "engine/data/chunkrange.h"
#include "engine/job/jobplan.h"

#include "engine/dump/dumpwriter.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QTemporaryFile>
#include <QThreadPool>
#include <memory>

class QSqlDatabase;

namespace sluice::engine {

class ExportState;
class TableReader;

// Runs an export's work items on one worker thread, with its own connection to the
// source that joined the job's snapshot:
//  - a metadata item writes its object's JSON (CatalogJson) as a metadata member;
//  - a data item streams its chunk (QUERY and SAMPLE applied) as canonical COPY text,
//    which is compressed, encrypted and appended to the dump file set on the
//    executor's writer thread while the worker reads the next chunk (at most one
//    chunk in flight). Chunks larger than kSpillBytes go through a temporary file,
//    so memory stays bounded whatever the chunk's size.
// The member's name is fixed by the item (its payload), so a restarted item writes
// the same name. A failing read fails the item (the job goes on, Data Pump's way); a
// dump file set that cannot be written (a full disk) stops the job, restartable.
class ExportExecutor : public WorkItemExecutor
{
public:
    static constexpr qsizetype kSpillBytes = 64 * 1024 * 1024;
    // A chunk buffer up to this capacity is reused for a later chunk.
    // (A buffer that grew to kSpillBytes, with the array's growth margin: a PostgreSQL
    // export at PARALLEL=1 reads tables whole, most above kSpillBytes, and a fresh
    // buffer per table cost a page fault per 4 KB, about a tenth of the host's CPU.)
    static constexpr qsizetype kKeepBufferBytes = 2 * kSpillBytes;

    ExportExecutor(ExportState &state, int workerNumber);
    ~ExportExecutor() override;

    // Connects, prepares the session and joins the snapshot. False: errorString().
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] WorkItemResult execute(const WorkItem &item, WorkerContext &context) override;
    // Nothing to remove: a member reaches the set whole or not at all in one run, and a
    // restart rebuilds the set from the completed items only (DumpRecovery).
    [[nodiscard]] QString discardPartial(const WorkItem &item, WorkerContext &context) override;

    [[nodiscard]] static QJsonObject chunkToJson(const ChunkRange &chunk);
    [[nodiscard]] static ChunkRange chunkFromJson(const QJsonObject &json);

private:
    // A chunk read and waiting to be written as a member.
    struct ChunkOutput
    {
        DumpMemberSpec spec;
        QByteArray buffer;
        std::unique_ptr<QTemporaryFile> spill;
        qint64 rows = 0;
        qint64 bytes = 0;
    };

    void startWrite(std::shared_ptr<ChunkOutput> output);
    // Waits for the chunk in flight; returns its write error, or an empty string.
    QString waitForWrite();
    void keepBuffer(QByteArray buffer);
    WorkItemResult exportMetadata(const WorkItem &item);
    WorkItemResult exportData(const WorkItem &item, WorkerContext &context);
    WorkItemResult writeFailure() const;

    ExportState &m_state;
    const int m_worker;
    QString m_connectionName;
    std::unique_ptr<TableReader> m_reader;
    QString m_errorString;
    QThreadPool m_writerThread;
    QFuture<QString> m_pendingWrite;
    std::shared_ptr<ChunkOutput> m_inFlight; // the chunk m_pendingWrite writes
    QByteArray m_spareBuffer;
};

} // namespace sluice::engine
