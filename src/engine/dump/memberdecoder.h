#pragma once

#include "engine/dump/dumpchecksum.h"
#include "engine/dump/membertransform.h"
#include "engine/dump/payloaddecompressor.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace sluice::engine {

// The inverse of MemberEncoder: stored bytes in, plaintext out through the sink.
// Checks the stored checksum, the authentication of every encrypted block and the
// FINAL tag (a truncated member fails), the end of the compressed stream, and the
// plaintext checksum and size when the member records them.
class MemberDecoder
{
public:
    struct Expected
    {
        quint64 storedChecksum = 0;
        qint64 rawSize = -1;                // -1: unknown
        std::optional<quint64> rawChecksum; // set for members stored in clear
    };

    MemberDecoder(const MemberTransform &transform, const QByteArray &associatedData,
                  const Expected &expected, ByteSink sink);
    ~MemberDecoder();
    MemberDecoder(const MemberDecoder &) = delete;
    MemberDecoder &operator=(const MemberDecoder &) = delete;

    [[nodiscard]] bool write(QByteArrayView stored);
    [[nodiscard]] bool finish();
    [[nodiscard]] QString errorString() const { return m_error; }
    // True when the failure is a checksum or authentication mismatch (a damaged
    // member), false for other failures (a sink that refused, for instance).
    [[nodiscard]] bool damaged() const { return m_damaged; }

private:
    bool decryptInput(QByteArrayView stored);
    bool pullBlock(QByteArrayView block, bool final);
    bool emitPlain(QByteArrayView plain);
    bool fail(const QString &message, bool damaged = true);

    struct Cipher;
    MemberTransform m_transform;
    QByteArray m_associatedData;
    Expected m_expected;
    ByteSink m_sink;
    std::unique_ptr<Cipher> m_cipher;
    std::unique_ptr<PayloadDecompressor> m_decompressor;
    QByteArray m_pending; // stored bytes not yet decrypted
    QByteArray m_plainBlock;
    bool m_headerRead = false;
    DumpChecksum m_rawChecksum;
    DumpChecksum m_storedChecksum;
    qint64 m_rawSize = 0;
    QString m_error;
    bool m_damaged = false;
};

} // namespace sluice::engine
