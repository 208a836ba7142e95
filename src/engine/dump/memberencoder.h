#pragma once

#include "engine/dump/dumpchecksum.h"
#include "engine/dump/membertransform.h"
#include "engine/dump/payloadcompressor.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace sluice::engine {

// Turns a member's plaintext into its stored bytes: compression, then
// crypto_secretstream_xchacha20poly1305 in kCipherBlock messages whose associated
// data is the set id and the member name (so a member cannot be moved to another
// set or name unnoticed). Counts sizes and XXH3 checksums on the way. Runs on the
// caller's thread with no shared state: workers encode before they take the writer's
// lock.
class MemberEncoder
{
public:
    MemberEncoder(const MemberTransform &transform, const QByteArray &associatedData,
                  ByteSink sink);
    ~MemberEncoder();
    MemberEncoder(const MemberEncoder &) = delete;
    MemberEncoder &operator=(const MemberEncoder &) = delete;

    [[nodiscard]] bool write(QByteArrayView plain);
    [[nodiscard]] bool finish();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] qint64 rawSize() const { return m_rawSize; }
    [[nodiscard]] qint64 storedSize() const { return m_storedSize; }
    [[nodiscard]] quint64 rawChecksum() const { return m_rawChecksum.digest(); }
    [[nodiscard]] quint64 storedChecksum() const { return m_storedChecksum.digest(); }

    // One-shot for a bounded buffer.
    struct Result
    {
        QByteArray stored;
        qint64 rawSize = 0;
        quint64 rawChecksum = 0;
        quint64 storedChecksum = 0;
    };
    [[nodiscard]] static std::optional<Result> encode(const MemberTransform &transform,
                                                      const QByteArray &associatedData,
                                                      QByteArrayView plain, QString *error);

private:
    bool emitStored(QByteArrayView bytes);
    bool encryptInput(QByteArrayView compressed);
    bool pushBlock(bool final);
    bool fail(const QString &message);

    struct Cipher;
    MemberTransform m_transform;
    QByteArray m_associatedData;
    ByteSink m_sink;
    std::unique_ptr<Cipher> m_cipher;
    std::unique_ptr<PayloadCompressor> m_compressor;
    QByteArray m_block; // plaintext waiting to be encrypted
    QByteArray m_cipherOut;
    DumpChecksum m_rawChecksum;
    DumpChecksum m_storedChecksum;
    qint64 m_rawSize = 0;
    qint64 m_storedSize = 0;
    QString m_error;
};

} // namespace sluice::engine
