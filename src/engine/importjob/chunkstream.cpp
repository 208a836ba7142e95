#include "engine/importjob/chunkstream.h"

#include "engine/dump/dumpreader.h"
#include "engine/importjob/chunkpipe.h"
#include "engine/importjob/producerthread.h"
#include "engine/importjob/rowremapper.h"

#include <QCoreApplication>

namespace sluice::engine {

namespace {

// Progress is reported about every megabyte, not for every block the writer pulls.
constexpr qint64 kProgressStep = 1024 * 1024;

} // namespace

ChunkStream::Result ChunkStream::load(ProducerThread &thread, TableWriter &writer, QSqlDatabase &db,
                                      const WriteRequest &request, const Producer &producer,
                                      const Progress &progress, qsizetype capacity)
{
    ChunkPipe pipe(capacity);
    bool sourceOk = false;
    QString sourceError;
    std::future<void> produced = thread.start([&] {
        sourceOk = producer(pipe, &sourceError);
        pipe.close(sourceOk, sourceError);
    });
    qint64 bytes = 0;
    qint64 rows = 0;
    qint64 reported = 0;
    bool cancelled = false;
    const ByteSource source = [&](char *data, qint64 maxSize) -> qint64 {
        const qint64 n = pipe.read(data, maxSize);
        if (n <= 0)
            return n;
        bytes += n;
        rows += QByteArrayView(data, n).count('\n');
        if (progress && bytes - reported >= kProgressStep) {
            reported = bytes;
            if (!progress(bytes, rows)) {
                cancelled = true;
                return -1;
            }
        }
        return n;
    };
    Result result;
    result.written = writer.write(db, request, source);
    pipe.abort(); // a writer that stopped early releases the producer
    produced.wait();
    result.bytesRead = bytes;
    result.pieces = pipe.pieces();
    result.highWater = pipe.highWater();
    // A writer that failed by itself (a constraint, a locked database) stopped the
    // producer, whose "could not be passed on" is then only the consequence.
    if (!sourceOk && !cancelled && (pipe.failedBeforeAbort() || result.written.ok)) {
        result.sourceError = sourceError.isEmpty()
                                 ? QCoreApplication::translate("ChunkStream", "the source failed")
                                 : sourceError;
        // The writer saw the failure as the end of its source and rolled back.
        result.written.ok = false;
        result.written.rows = 0;
        result.written.errorString = result.sourceError;
    }
    return result;
}

ChunkStream::Producer ChunkStream::memberProducer(std::shared_ptr<const DumpReader> reader,
                                                  QList<DumpMemberInfo> members,
                                                  const RowRemapper *remapper)
{
    return [reader = std::move(reader), members = std::move(members), remapper](ChunkPipe &pipe,
                                                                                QString *error) {
        Feed feed(pipe, remapper);
        for (const DumpMemberInfo &member : members) {
            const bool read = reader->readMemberTo(
                member, [&feed](QByteArrayView bytes) { return feed.write(bytes); }, error);
            if (!feed.errorString().isEmpty()) {
                *error = feed.errorString();
                return false;
            }
            if (!read)
                return false;
        }
        return feed.finish();
    };
}

ChunkStream::Feed::Feed(ChunkPipe &pipe, const RowRemapper *remapper)
    : m_pipe(pipe)
    , m_remapper(remapper && !remapper->isEmpty() ? remapper : nullptr)
{}

bool ChunkStream::Feed::write(QByteArrayView data)
{
    if (!m_remapper)
        return m_pipe.write(data);
    const qsizetype cut = data.lastIndexOf('\n') + 1;
    if (cut == 0) {
        m_pending.append(data);
        return true;
    }
    bool ok;
    if (m_pending.isEmpty()) {
        ok = remap(data.first(cut));
    } else {
        m_pending.append(data.first(cut));
        ok = remap(m_pending);
    }
    m_pending = data.sliced(cut).toByteArray();
    return ok;
}

bool ChunkStream::Feed::finish()
{
    if (!m_remapper || m_pending.isEmpty())
        return true;
    const bool ok = remap(m_pending);
    m_pending.clear();
    return ok;
}

bool ChunkStream::Feed::remap(QByteArrayView rows)
{
    m_out.resize(0);
    if (!m_remapper->apply(rows, m_out, &m_error))
        return false;
    return m_pipe.write(m_out);
}

} // namespace sluice::engine
