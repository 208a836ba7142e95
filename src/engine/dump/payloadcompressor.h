#pragma once

#include "engine/dump/membertransform.h"

#include <QString>
#include <memory>

namespace sluice::engine {

// Streaming zstd (with frame checksum) or gzip compression. Pure: no shared state, so
// any worker thread can run one. Method None passes bytes through.
class PayloadCompressor
{
public:
    PayloadCompressor(CompressionMethod method, int level, ByteSink sink);
    ~PayloadCompressor();
    PayloadCompressor(const PayloadCompressor &) = delete;
    PayloadCompressor &operator=(const PayloadCompressor &) = delete;

    [[nodiscard]] bool write(QByteArrayView bytes);
    [[nodiscard]] bool finish();
    [[nodiscard]] QString errorString() const { return m_error; }

    // One-shot helpers for a buffer.
    [[nodiscard]] static std::optional<QByteArray> compress(CompressionMethod method, int level,
                                                            QByteArrayView bytes, QString *error);

private:
    bool zstdStep(QByteArrayView bytes, bool end);
    bool gzipStep(QByteArrayView bytes, bool end);
    bool fail(const QString &message);

    struct Streams;
    CompressionMethod m_method;
    ByteSink m_sink;
    std::unique_ptr<Streams> m_streams;
    QByteArray m_out;
    QString m_error;
};

} // namespace sluice::engine
