#include "engine/dump/payloaddecompressor.h"

#include <QCoreApplication>
#include <zlib.h>
#include <zstd.h>

namespace sluice::engine {

struct PayloadDecompressor::Streams
{
    ZSTD_DCtx *zstd = nullptr;
    z_stream zlib{};
    bool zlibOpen = false;
    ~Streams()
    {
        ZSTD_freeDCtx(zstd);
        if (zlibOpen)
            inflateEnd(&zlib);
    }
};

PayloadDecompressor::PayloadDecompressor(CompressionMethod method, ByteSink sink)
    : m_method(method)
    , m_sink(std::move(sink))
    , m_streams(std::make_unique<Streams>())
{
    if (method == CompressionMethod::Zstd) {
        m_streams->zstd = ZSTD_createDCtx();
        m_out.resize(static_cast<qsizetype>(ZSTD_DStreamOutSize()));
    } else if (method == CompressionMethod::Gzip) {
        m_streams->zlibOpen = inflateInit2(&m_streams->zlib, 15 + 16) == Z_OK;
        m_out.resize(128 * 1024);
    }
}

PayloadDecompressor::~PayloadDecompressor() = default;

bool PayloadDecompressor::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool PayloadDecompressor::write(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (bytes.isEmpty())
        return true;
    m_sawInput = true;
    switch (m_method) {
    case CompressionMethod::None:
        return m_sink(bytes) ||
               fail(QCoreApplication::translate("PayloadDecompressor", "write failed"));
    case CompressionMethod::Zstd:
        return zstdStep(bytes);
    case CompressionMethod::Gzip:
        return gzipStep(bytes);
    }
    return false;
}

bool PayloadDecompressor::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_method == CompressionMethod::None)
        return true;
    if (!m_sawInput || m_frameOpen)
        return fail(
            QCoreApplication::translate("PayloadDecompressor", "the compressed stream ends early"));
    return true;
}

bool PayloadDecompressor::zstdStep(QByteArrayView bytes)
{
    if (!m_streams->zstd)
        return fail(QCoreApplication::translate("PayloadDecompressor", "zstd: out of memory"));
    ZSTD_inBuffer in{bytes.data(), static_cast<size_t>(bytes.size()), 0};
    while (in.pos < in.size) {
        ZSTD_outBuffer out{m_out.data(), static_cast<size_t>(m_out.size()), 0};
        const size_t rc = ZSTD_decompressStream(m_streams->zstd, &out, &in);
        if (ZSTD_isError(rc))
            return fail(QStringLiteral("zstd: %1").arg(QLatin1String(ZSTD_getErrorName(rc))));
        m_frameOpen = rc != 0;
        if (out.pos > 0 && !m_sink(QByteArrayView(m_out.constData(), qsizetype(out.pos))))
            return fail(QCoreApplication::translate("PayloadDecompressor", "write failed"));
        // A full output buffer may hold back more output with no input left to feed.
        while (in.pos == in.size && out.pos == out.size) {
            out = ZSTD_outBuffer{m_out.data(), static_cast<size_t>(m_out.size()), 0};
            const size_t more = ZSTD_decompressStream(m_streams->zstd, &out, &in);
            if (ZSTD_isError(more))
                return fail(QStringLiteral("zstd: %1").arg(QLatin1String(ZSTD_getErrorName(more))));
            m_frameOpen = more != 0;
            if (out.pos > 0 && !m_sink(QByteArrayView(m_out.constData(), qsizetype(out.pos))))
                return fail(QCoreApplication::translate("PayloadDecompressor", "write failed"));
        }
    }
    return true;
}

bool PayloadDecompressor::gzipStep(QByteArrayView bytes)
{
    z_stream &z = m_streams->zlib;
    if (!m_streams->zlibOpen)
        return fail(QCoreApplication::translate("PayloadDecompressor",
                                                "zlib: could not start the decompressor"));
    if (!m_frameOpen && m_sawInput && z.total_in > 0)
        return fail(QCoreApplication::translate("PayloadDecompressor",
                                                "gzip: data after the end of the stream"));
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const qsizetype piece = qMin<qsizetype>(bytes.size() - offset, 1 << 30);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data() + offset));
        z.avail_in = static_cast<uInt>(piece);
        offset += piece;
        do {
            z.next_out = reinterpret_cast<Bytef *>(m_out.data());
            z.avail_out = static_cast<uInt>(m_out.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return fail(
                    QStringLiteral("gzip: %1").arg(QLatin1String(z.msg ? z.msg : "invalid data")));
            m_frameOpen = rc != Z_STREAM_END;
            const qsizetype produced = m_out.size() - qsizetype(z.avail_out);
            if (produced > 0 && !m_sink(QByteArrayView(m_out.constData(), produced)))
                return fail(QCoreApplication::translate("PayloadDecompressor", "write failed"));
            if (!m_frameOpen && (z.avail_in > 0 || offset < bytes.size()))
                return fail(QCoreApplication::translate("PayloadDecompressor",
                                                        "gzip: data after the end of the stream"));
            if (rc == Z_BUF_ERROR && z.avail_in == 0)
                break;
        } while (z.avail_in > 0 || z.avail_out == 0);
    }
    return true;
}

} // namespace sluice::engine
