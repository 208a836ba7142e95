#pragma once

#include "engine/data/tablewriter.h"
#include "engine/dump/dumpmemberinfo.h"

#include <QString>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace sluice::engine {

class ChunkPipe;
class DumpReader;
class ProducerThread;
class RowRemapper;

// Loads one chunk into a table while it is being read: the producer (a dump member's
// decoder, a source table's reader) fills a bounded ChunkPipe on a ProducerThread and
// the writer drains it in the caller's transaction on the calling thread. Memory is
// bounded by the pipe whatever the chunk's size, and reading overlaps writing. The
// chunk stays all-or-nothing: the writer commits only when the producer ended cleanly
// (every check passed); a producer failure at any point, even after the last byte
// (a dump member's checksum), rolls the whole chunk back.
class ChunkStream
{
public:
    static constexpr qsizetype kPipeCapacity = 4 * 1024 * 1024;

    // Fills the pipe with the chunk's COPY text (whole rows or not); false with *error
    // when the source failed or a check did not pass. Runs on the producer thread.
    using Producer = std::function<bool(ChunkPipe &pipe, QString *error)>;
    // Called on the writer's thread with the bytes handed to the writer so far; false
    // cancels the chunk (it is rolled back).
    using Progress = std::function<bool(qint64 bytes, qint64 rows)>;

    struct Result
    {
        WriteResult written;     // ok only when the producer succeeded too
        QString sourceError;     // set when the producer failed
        qint64 bytesRead = 0;    // bytes the writer took from the pipe
        qint64 pieces = 0;       // pipe writes: more than one means a streamed chunk
        qsizetype highWater = 0; // the most bytes that waited in the pipe
    };

    [[nodiscard]] static Result load(ProducerThread &thread, TableWriter &writer, QSqlDatabase &db,
                                     const WriteRequest &request, const Producer &producer,
                                     const Progress &progress = {},
                                     qsizetype capacity = kPipeCapacity);

    // A producer that decodes a chunk's dump members, its parts in order (decryption,
    // decompression, checksums), into the pipe, through remapper's REMAP_DATA functions
    // when it has any. remapper must outlive the producer.
    [[nodiscard]] static Producer memberProducer(std::shared_ptr<const DumpReader> reader,
                                                 QList<DumpMemberInfo> members,
                                                 const RowRemapper *remapper);

    // Passes a reader's or decoder's output to the pipe: as it is, or cut into whole
    // rows and remapped. finish() flushes a last row without its newline.
    class Feed
    {
    public:
        Feed(ChunkPipe &pipe, const RowRemapper *remapper);
        [[nodiscard]] bool write(QByteArrayView data);
        [[nodiscard]] bool finish();
        [[nodiscard]] QString errorString() const { return m_error; }

    private:
        bool remap(QByteArrayView rows);

        ChunkPipe &m_pipe;
        const RowRemapper *m_remapper;
        QByteArray m_pending; // the start of a row not ended yet
        QByteArray m_out;
        QString m_error;
    };
};

} // namespace sluice::engine
