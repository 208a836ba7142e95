#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace sluice::engine {

// A bounded byte pipe between a producer thread (a dump member being decoded, a source
// table being read) and a writer pulling its ByteSource on the worker thread. At most
// capacity bytes wait in the pipe (a single larger piece is let through alone), so a
// chunk of any size is loaded in bounded memory, and reading overlaps writing.
// The end is explicit: close(true) only after the producer's last check passed (a dump
// member's checksum is known at its end), so the writer commits only a whole, checked
// chunk; close(false) makes read() return -1 and the writer rolls the chunk back.
class ChunkPipe
{
public:
    explicit ChunkPipe(qsizetype capacity = 4 * 1024 * 1024);

    // Producer: blocks while the pipe is full. False once the consumer gave up (the
    // producer should stop).
    [[nodiscard]] bool write(QByteArrayView data);
    // Producer: the end of the data; ok false when the source failed (error says why).
    void close(bool ok, const QString &error = {});

    // Consumer (a ByteSource): up to maxSize bytes, 0 at a clean end, -1 when the
    // producer failed. Blocks while the pipe is empty and open.
    [[nodiscard]] qint64 read(char *data, qint64 maxSize);
    // Consumer: stops the producer (its next write() returns false).
    void abort();

    [[nodiscard]] QString errorString() const;
    // True when the producer failed on its own, not because the consumer gave up first:
    // then its error, not the writer's, says why the chunk failed.
    [[nodiscard]] bool failedBeforeAbort() const;
    // The largest number of bytes that waited in the pipe at once, for memory checks.
    [[nodiscard]] qsizetype highWater() const;
    // How many write() calls delivered data, for tests that need a multi-piece chunk.
    [[nodiscard]] qint64 pieces() const;

private:
    const qsizetype m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_readable; // data arrived or the pipe closed
    std::condition_variable m_writable; // room freed or the consumer gave up
    std::deque<QByteArray> m_queue;     // guarded by m_mutex
    qsizetype m_offset = 0;             // guarded by m_mutex: read position in front()
    qsizetype m_queued = 0;             // guarded by m_mutex
    qsizetype m_highWater = 0;          // guarded by m_mutex
    qint64 m_pieces = 0;                // guarded by m_mutex
    bool m_closed = false;              // guarded by m_mutex
    bool m_failed = false;              // guarded by m_mutex
    bool m_aborted = false;             // guarded by m_mutex
    bool m_failedBeforeAbort = false;   // guarded by m_mutex
    QString m_error;                    // guarded by m_mutex
};

} // namespace sluice::engine
