#include "engine/dump/payloadcompressor.h"

#include <QCoreApplication>
#include <zlib.h>
#include <zstd.h>

namespace sluice::engine {

struct PayloadCompressor::Streams
{
    ZSTD_CCtx *zstd = nullptr;
    z_stream zlib{};
    bool zlibOpen = false;
    ~Streams()
    {
        ZSTD_freeCCtx(zstd);
        if (zlibOpen)
            deflateEnd(&zlib);
    }
};

PayloadCompressor::PayloadCompressor(CompressionMethod method, int level, ByteSink sink)
    : m_method(method)
    , m_sink(std::move(sink))
    , m_streams(std::make_unique<Streams>())
{
    if (method == CompressionMethod::Zstd) {
        m_streams->zstd = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(m_streams->zstd, ZSTD_c_compressionLevel, level);
        // The frame checksum lets a decoder catch a wrong decompression on its own.
        ZSTD_CCtx_setParameter(m_streams->zstd, ZSTD_c_checksumFlag, 1);
        m_out.resize(static_cast<qsizetype>(ZSTD_CStreamOutSize()));
    } else if (method == CompressionMethod::Gzip) {
        // windowBits 15 + 16: a gzip wrapper (RFC 1952), readable by gunzip.
        m_streams->zlibOpen = deflateInit2(&m_streams->zlib, level, Z_DEFLATED, 15 + 16, 8,
                                           Z_DEFAULT_STRATEGY) == Z_OK;
        m_out.resize(128 * 1024);
    }
}

PayloadCompressor::~PayloadCompressor() = default;

bool PayloadCompressor::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool PayloadCompressor::write(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return false;
    switch (m_method) {
    case CompressionMethod::None:
        return bytes.isEmpty() || m_sink(bytes) ||
               fail(QCoreApplication::translate("PayloadCompressor", "write failed"));
    case CompressionMethod::Zstd:
        return zstdStep(bytes, false);
    case CompressionMethod::Gzip:
        return gzipStep(bytes, false);
    }
    return false;
}

bool PayloadCompressor::finish()
{
    if (!m_error.isEmpty())
        return false;
    switch (m_method) {
    case CompressionMethod::None:
        return true;
    case CompressionMethod::Zstd:
        return zstdStep({}, true);
    case CompressionMethod::Gzip:
        return gzipStep({}, true);
    }
    return false;
}

bool PayloadCompressor::zstdStep(QByteArrayView bytes, bool end)
{
    if (!m_streams->zstd)
        return fail(QCoreApplication::translate("PayloadCompressor", "zstd: out of memory"));
    ZSTD_inBuffer in{bytes.data(), static_cast<size_t>(bytes.size()), 0};
    for (;;) {
        ZSTD_outBuffer out{m_out.data(), static_cast<size_t>(m_out.size()), 0};
        const size_t left =
            ZSTD_compressStream2(m_streams->zstd, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(left))
            return fail(QStringLiteral("zstd: %1").arg(QLatin1String(ZSTD_getErrorName(left))));
        if (out.pos > 0 && !m_sink(QByteArrayView(m_out.constData(), qsizetype(out.pos))))
            return fail(QCoreApplication::translate("PayloadCompressor", "write failed"));
        const bool done = end ? left == 0 : in.pos == in.size;
        if (done)
            return true;
    }
}

bool PayloadCompressor::gzipStep(QByteArrayView bytes, bool end)
{
    z_stream &z = m_streams->zlib;
    if (!m_streams->zlibOpen)
        return fail(QCoreApplication::translate("PayloadCompressor",
                                                "zlib: could not start the compressor"));
    // zlib takes uInt lengths; feed large buffers in pieces.
    qsizetype offset = 0;
    do {
        const qsizetype piece = qMin<qsizetype>(bytes.size() - offset, 1 << 30);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data() + offset));
        z.avail_in = static_cast<uInt>(piece);
        offset += piece;
        const int flush = end ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            z.next_out = reinterpret_cast<Bytef *>(m_out.data());
            z.avail_out = static_cast<uInt>(m_out.size());
            rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR)
                return fail(QCoreApplication::translate("PayloadCompressor", "zlib: stream error"));
            const qsizetype produced = m_out.size() - qsizetype(z.avail_out);
            if (produced > 0 && !m_sink(QByteArrayView(m_out.constData(), produced)))
                return fail(QCoreApplication::translate("PayloadCompressor", "write failed"));
        } while (z.avail_out == 0 || (end && rc != Z_STREAM_END));
    } while (offset < bytes.size());
    return true;
}

std::optional<QByteArray> PayloadCompressor::compress(CompressionMethod method, int level,
                                                      QByteArrayView bytes, QString *error)
{
    QByteArray result;
    PayloadCompressor compressor(method, level, [&result](QByteArrayView piece) {
        result.append(piece);
        return true;
    });
    if (!compressor.write(bytes) || !compressor.finish()) {
        if (error)
            *error = compressor.errorString();
        return std::nullopt;
    }
    return result;
}

} // namespace sluice::engine
