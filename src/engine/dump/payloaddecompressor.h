#pragma once

#include "engine/dump/membertransform.h"

#include <QString>
#include <memory>

namespace sluice::engine {

// Streaming zstd or gzip decompression, the inverse of PayloadCompressor. finish()
// fails when the compressed stream ended early (a truncated or damaged member).
class PayloadDecompressor
{
public:
    PayloadDecompressor(CompressionMethod method, ByteSink sink);
    ~PayloadDecompressor();
    PayloadDecompressor(const PayloadDecompressor &) = delete;
    PayloadDecompressor &operator=(const PayloadDecompressor &) = delete;

    [[nodiscard]] bool write(QByteArrayView bytes);
    [[nodiscard]] bool finish();
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool zstdStep(QByteArrayView bytes);
    bool gzipStep(QByteArrayView bytes);
    bool fail(const QString &message);

    struct Streams;
    CompressionMethod m_method;
    ByteSink m_sink;
    std::unique_ptr<Streams> m_streams;
    QByteArray m_out;
    QString m_error;
    bool m_frameOpen = false; // zstd: inside a frame; gzip: before Z_STREAM_END
    bool m_sawInput = false;
};

} // namespace sluice::engine
