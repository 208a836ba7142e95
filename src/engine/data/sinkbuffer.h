#pragma once

#include "engine/data/readrequest.h"

#include <QByteArray>

#include <cstring>

namespace sluice::engine {

// The reader side of a ChunkSink: rows are appended to one pre-sized buffer that is
// handed over when it reaches the limit, so memory stays bounded and rows are never
// split across calls.
class SinkBuffer
{
public:
    SinkBuffer(const ChunkSink &sink, qsizetype limit, ReadResult &result)
        : m_sink(sink)
        , m_limit(qMax<qsizetype>(limit, 1024))
        , m_result(result)
    {
        m_buffer.reserve(m_limit + m_limit / 8);
    }

    QByteArray &buffer() { return m_buffer; }
    // Appends one row's bytes. A plain copy into the reserved room: QByteArray::append
    // goes through insert() and its checks for every call, which per row (libpq hands
    // over one row at a time) costs more than the copy itself.
    void append(const char *data, qsizetype size)
    {
        const qsizetype at = m_buffer.size();
        if (at + size > m_buffer.capacity()) {
            m_buffer.append(data, size);
            return;
        }
        m_buffer.resize(at + size);
        std::memcpy(m_buffer.data() + at, data, size_t(size));
    }
    // Call after each complete row (ending in '\n'); false when the sink cancels.
    [[nodiscard]] bool rowDone()
    {
        ++m_result.rows;
        return m_buffer.size() < m_limit || flush();
    }
    [[nodiscard]] bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        m_result.bytes += m_buffer.size();
        m_result.largestBuffer = qMax(m_result.largestBuffer, m_buffer.size());
        const bool go = m_sink(QByteArrayView(m_buffer));
        m_buffer.resize(0); // keeps the capacity
        if (!go)
            m_result.canceled = true;
        return go;
    }

private:
    const ChunkSink &m_sink;
    qsizetype m_limit;
    ReadResult &m_result;
    QByteArray m_buffer;
};

} // namespace sluice::engine
