#pragma once

#include "engine/data/chunkrange.h"
#include "engine/data/tablechecksum.h"
#include "engine/data/tablereader.h"
#include "engine/data/tablewriter.h"
#include "engine/importjob/chunkstream.h"
#include "engine/job/jobplan.h"

#include <QJsonObject>
#include <QString>
#include <memory>

namespace sluice::engine {

class ImportState;
class ProducerThread;
class RowRemapper;
struct ReadRequest;
struct TableDef;

// Runs an import's work items on one worker thread, with its own target connection
// and (NETWORK_LINK) its own source connection joined to the job's snapshot, which
// lives on the worker's ProducerThread: chunks stream from there to the target
// through a bounded ChunkPipe (ChunkStream), so memory does not grow with a chunk.
// Payload types (ImportDefiner writes them):
//   ddl     statements run in order; a failure names the statement and the server's message
//   table   TABLE_EXISTS_ACTION for one table: a note, or drop/truncate/create statements
//   load    one chunk read from the source, REMAP_DATA applied, written in one transaction
//   swap    PostgreSQL TRUNCATE/REPLACE of an existing table: the statements and every
//           chunk in one transaction, so a failure leaves the old table as it was
//   verify  row count (and VERIFY=CHECKSUM content checksum) of source and target
class ImportExecutor : public WorkItemExecutor
{
public:
    ImportExecutor(ImportState &state, int workerNumber);
    ~ImportExecutor() override;

    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] WorkItemResult execute(const WorkItem &item, WorkerContext &context) override;
    [[nodiscard]] QString discardPartial(const WorkItem &item, WorkerContext &context) override;

private:
    WorkItemResult runStatements(const WorkItem &item, const QJsonArray &statements);
    WorkItemResult runForeignKey(const WorkItem &item);
    WorkItemResult runTable(const WorkItem &item, WorkerContext &context);
    WorkItemResult runLoad(const WorkItem &item, WorkerContext &context);
    WorkItemResult runSwap(const WorkItem &item, WorkerContext &context);
    WorkItemResult runVerify(const WorkItem &item);
    ChecksumResult sourceSide(const WorkItem &item, bool checksum);
    ChecksumResult targetSide(const WorkItem &item, bool checksum);
    bool recordedRows(const QJsonArray &members, qint64 *rows) const;
    bool openSource();
    static void closeConnection(const QString &name);
    // Streams one chunk from the source into the target (inside the caller's
    // transaction when one is open): all of it, or nothing.
    bool copyChunk(const QJsonObject &payload, const ChunkRange &chunk, const QStringList &members,
                   WorkerContext &context, qint64 *rows, qint64 *bytes, QString *error);
    // What reads one chunk (a dump member, or a range of the source table) into the
    // pipe; empty with *error when the member is unknown.
    ChunkStream::Producer producerFor(const ReadRequest &request, const QStringList &members,
                                      const RowRemapper *remapper, const WorkerContext &context,
                                      QString *error);
    bool dumpChecksum(const QJsonArray &members, ChecksumResult *result, QString *error);
    bool exec(const QString &sql, QString *error);

    ImportState &m_state;
    const int m_worker;
    // The reading side: decodes dump members, and owns the NETWORK_LINK source
    // connection (m_sourceName, m_reader), which is only used on it.
    std::unique_ptr<ProducerThread> m_producer;
    QString m_sourceName;
    QString m_targetName;
    std::unique_ptr<TableReader> m_reader;
    std::unique_ptr<TableWriter> m_writer;
    QString m_errorString;
};

} // namespace sluice::engine
