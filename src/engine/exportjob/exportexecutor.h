#pragma once

#include "engine/data/chunkrange.h"
#include "engine/job/jobplan.h"

#include "engine/dump/dumpwriter.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>
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
//    executor's writer thread while the worker reads on (at most one member in
//    flight). A chunk that outgrows kPartBytes is stored as several members, its
//    parts (cut between rows), so memory stays bounded whatever the chunk's size and
//    no byte goes through a temporary file.
// The members' names are fixed by the item (its payload), so a restarted item writes
// the same names. A failing read fails the item (the job goes on, Data Pump's way); a
// dump file set that cannot be written (a full disk) stops the job, restartable.
class ExportExecutor : public WorkItemExecutor
{
public:
    // The most plaintext one data member holds (a single row larger than that is
    // stored alone).
    static constexpr qsizetype kPartBytes = 64 * 1024 * 1024;
    // A member buffer up to this capacity is reused for a later member.
    // (A buffer that grew to kPartBytes, with the array's growth margin: a PostgreSQL
    // export at PARALLEL=1 reads tables whole, most above kPartBytes, and a fresh
    // buffer per member cost a page fault per 4 KB, about a tenth of the host's CPU.)
    static constexpr qsizetype kKeepBufferBytes = 2 * kPartBytes;

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
    // The members a data item's result (or an import payload) names, parts in order:
    // "members", or the single "member" of dumps written before chunks had parts.
    [[nodiscard]] static QStringList membersOf(const QJsonObject &json);

private:
    // A member read and waiting to be written: a whole chunk or one of its parts.
    struct ChunkOutput
    {
        DumpMemberSpec spec;
        QByteArray buffer;
        bool lastPart = false; // the chunk is done once this member is in the set
        qint64 chunkRows = 0;  // the chunk's totals, reported with its last part
        qint64 chunkBytes = 0;
    };

    std::shared_ptr<ChunkOutput> newPart(const WorkItem &item, const QString &member, int part);
    // Hands a member to the writer thread once the one in flight is written; returns
    // that one's write error, or an empty string.
    QString handOver(std::shared_ptr<ChunkOutput> output);
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
