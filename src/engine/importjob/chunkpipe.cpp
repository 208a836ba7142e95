#include "engine/importjob/chunkpipe.h"

#include <cstring>

namespace sluice::engine {

ChunkPipe::ChunkPipe(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(capacity, 1))
{}

bool ChunkPipe::write(QByteArrayView data)
{
    // Pieces of at most the capacity, so the queue never holds more than that.
    while (!data.isEmpty()) {
        const QByteArrayView piece = data.first(qMin(data.size(), m_capacity));
        std::unique_lock lock(m_mutex);
        m_writable.wait(lock, [&] { return m_aborted || m_queued + piece.size() <= m_capacity; });
        if (m_aborted)
            return false;
        m_queue.emplace_back(piece.data(), piece.size());
        m_queued += piece.size();
        m_highWater = qMax(m_highWater, m_queued);
        ++m_pieces;
        m_readable.notify_one();
        data = data.sliced(piece.size());
    }
    return true;
}

void ChunkPipe::close(bool ok, const QString &error)
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_failed = !ok;
    m_failedBeforeAbort = !ok && !m_aborted;
    m_error = error;
    m_readable.notify_all();
}

qint64 ChunkPipe::read(char *data, qint64 maxSize)
{
    std::unique_lock lock(m_mutex);
    m_readable.wait(lock, [&] { return !m_queue.empty() || m_closed; });
    // A failed producer wins over the bytes still queued: the chunk is rolled back
    // anyway, so stop the writer at once.
    if (m_failed)
        return -1;
    qint64 copied = 0;
    while (copied < maxSize && !m_queue.empty()) {
        const QByteArray &front = m_queue.front();
        const qsizetype n = qMin<qsizetype>(qsizetype(maxSize - copied), front.size() - m_offset);
        std::memcpy(data + copied, front.constData() + m_offset, size_t(n));
        copied += n;
        m_offset += n;
        m_queued -= n;
        if (m_offset == front.size()) {
            m_queue.pop_front();
            m_offset = 0;
        }
    }
    m_writable.notify_one();
    return copied; // 0 only when the pipe is closed and empty
}

void ChunkPipe::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_queue.clear();
    m_queued = 0;
    m_offset = 0;
    m_writable.notify_all();
}

bool ChunkPipe::failedBeforeAbort() const
{
    std::lock_guard lock(m_mutex);
    return m_failedBeforeAbort;
}

QString ChunkPipe::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

qsizetype ChunkPipe::highWater() const
{
    std::lock_guard lock(m_mutex);
    return m_highWater;
}

qint64 ChunkPipe::pieces() const
{
    std::lock_guard lock(m_mutex);
    return m_pieces;
}

} // namespace sluice::engine
