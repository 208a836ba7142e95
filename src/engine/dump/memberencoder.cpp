#include "engine/dump/memberencoder.h"

#include <QCoreApplication>
#include <sodium.h>

namespace sluice::engine {

struct MemberEncoder::Cipher
{
    crypto_secretstream_xchacha20poly1305_state state{};
    ~Cipher() { sodium_memzero(&state, sizeof state); }
};

MemberEncoder::MemberEncoder(const MemberTransform &transform, const QByteArray &associatedData,
                             ByteSink sink)
    : m_transform(transform)
    , m_associatedData(associatedData)
    , m_sink(std::move(sink))
{
    m_compressor = std::make_unique<PayloadCompressor>(
        transform.method, transform.level, [this](QByteArrayView compressed) {
            return m_transform.encrypted() ? encryptInput(compressed) : emitStored(compressed);
        });
    if (transform.encrypted()) {
        m_cipher = std::make_unique<Cipher>();
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_init_push(&m_cipher->state, header,
                                                        transform.key->memberKey());
        m_cipherOut.resize(DumpFormat::kCipherBlock + crypto_secretstream_xchacha20poly1305_ABYTES);
        m_block.reserve(DumpFormat::kCipherBlock);
        // The header goes out first; a failing sink is reported by the first write.
        if (!emitStored(QByteArrayView(reinterpret_cast<const char *>(header), sizeof header)))
            fail(QCoreApplication::translate("MemberEncoder", "write failed"));
    }
}

MemberEncoder::~MemberEncoder() = default;

bool MemberEncoder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool MemberEncoder::emitStored(QByteArrayView bytes)
{
    m_storedChecksum.update(bytes);
    m_storedSize += bytes.size();
    return m_sink(bytes);
}

bool MemberEncoder::encryptInput(QByteArrayView compressed)
{
    while (!compressed.isEmpty()) {
        // A block goes out only once more data follows it, so the last block (the one
        // tagged FINAL) is pushed by finish(), never a full block with nothing after.
        if (m_block.size() == DumpFormat::kCipherBlock && !pushBlock(false))
            return false;
        const qsizetype take =
            qMin<qsizetype>(DumpFormat::kCipherBlock - m_block.size(), compressed.size());
        m_block.append(compressed.first(take));
        compressed = compressed.sliced(take);
    }
    return true;
}

bool MemberEncoder::pushBlock(bool final)
{
    unsigned long long produced = 0;
    const unsigned char tag = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                    : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    crypto_secretstream_xchacha20poly1305_push(
        &m_cipher->state, reinterpret_cast<unsigned char *>(m_cipherOut.data()), &produced,
        reinterpret_cast<const unsigned char *>(m_block.constData()),
        static_cast<unsigned long long>(m_block.size()),
        reinterpret_cast<const unsigned char *>(m_associatedData.constData()),
        static_cast<unsigned long long>(m_associatedData.size()), tag);
    sodium_memzero(m_block.data(), static_cast<size_t>(m_block.size()));
    m_block.clear();
    return emitStored(QByteArrayView(m_cipherOut.constData(), qsizetype(produced))) ||
           fail(QCoreApplication::translate("MemberEncoder", "write failed"));
}

bool MemberEncoder::write(QByteArrayView plain)
{
    if (!m_error.isEmpty())
        return false;
    m_rawChecksum.update(plain);
    m_rawSize += plain.size();
    if (!m_compressor->write(plain))
        return fail(m_compressor->errorString());
    return true;
}

bool MemberEncoder::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_compressor->finish())
        return fail(m_compressor->errorString());
    if (m_transform.encrypted())
        return pushBlock(true);
    return true;
}

std::optional<MemberEncoder::Result> MemberEncoder::encode(const MemberTransform &transform,
                                                           const QByteArray &associatedData,
                                                           QByteArrayView plain, QString *error)
{
    Result result;
    if (transform.method == CompressionMethod::None && !transform.encrypted())
        result.stored.reserve(plain.size());
    MemberEncoder encoder(transform, associatedData, [&result](QByteArrayView bytes) {
        result.stored.append(bytes);
        return true;
    });
    if (!encoder.write(plain) || !encoder.finish()) {
        if (error)
            *error = encoder.errorString();
        return std::nullopt;
    }
    result.rawSize = encoder.rawSize();
    result.rawChecksum = encoder.rawChecksum();
    result.storedChecksum = encoder.storedChecksum();
    return result;
}

} // namespace sluice::engine
