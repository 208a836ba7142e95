#include "engine/dump/memberdecoder.h"

#include <QCoreApplication>
#include <sodium.h>

namespace sluice::engine {

namespace {

constexpr qsizetype kSealedBlock =
    DumpFormat::kCipherBlock + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;

QString tr(const char *text)
{
    return QCoreApplication::translate("MemberDecoder", text);
}

} // namespace

struct MemberDecoder::Cipher
{
    crypto_secretstream_xchacha20poly1305_state state{};
    ~Cipher() { sodium_memzero(&state, sizeof state); }
};

MemberDecoder::MemberDecoder(const MemberTransform &transform, const QByteArray &associatedData,
                             const Expected &expected, ByteSink sink)
    : m_transform(transform)
    , m_associatedData(associatedData)
    , m_expected(expected)
    , m_sink(std::move(sink))
{
    m_decompressor = std::make_unique<PayloadDecompressor>(
        transform.method, [this](QByteArrayView plain) { return emitPlain(plain); });
    if (transform.encrypted()) {
        m_cipher = std::make_unique<Cipher>();
        m_plainBlock.resize(DumpFormat::kCipherBlock);
    }
}

MemberDecoder::~MemberDecoder() = default;

bool MemberDecoder::fail(const QString &message, bool damaged)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_damaged = damaged;
    }
    return false;
}

bool MemberDecoder::emitPlain(QByteArrayView plain)
{
    m_rawSize += plain.size();
    if (m_expected.rawSize >= 0 && m_rawSize > m_expected.rawSize)
        return fail(tr("the content is larger than the size recorded for it"));
    m_rawChecksum.update(plain);
    return m_sink(plain) || fail(tr("the content could not be passed on"), false);
}

bool MemberDecoder::write(QByteArrayView stored)
{
    if (!m_error.isEmpty())
        return false;
    m_storedChecksum.update(stored);
    if (!m_transform.encrypted()) {
        if (!m_decompressor->write(stored))
            return fail(
                tr("the content cannot be decompressed (%1)").arg(m_decompressor->errorString()));
        return true;
    }
    return decryptInput(stored);
}

bool MemberDecoder::decryptInput(QByteArrayView stored)
{
    m_pending.append(stored);
    qsizetype used = 0;
    if (!m_headerRead && m_pending.size() >= kHeaderBytes) {
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                &m_cipher->state, reinterpret_cast<const unsigned char *>(m_pending.constData()),
                m_transform.key->memberKey()) != 0)
            return fail(tr("the encryption header is invalid"));
        m_headerRead = true;
        used = kHeaderBytes;
    }
    // Keep the last block back until finish(): only then is it known to be the last.
    while (m_headerRead && m_pending.size() - used > kSealedBlock) {
        if (!pullBlock(QByteArrayView(m_pending).sliced(used, kSealedBlock), false))
            return false;
        used += kSealedBlock;
    }
    m_pending.remove(0, used);
    return true;
}

bool MemberDecoder::pullBlock(QByteArrayView block, bool final)
{
    unsigned long long produced = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_cipher->state, reinterpret_cast<unsigned char *>(m_plainBlock.data()), &produced,
            &tag, reinterpret_cast<const unsigned char *>(block.data()),
            static_cast<unsigned long long>(block.size()),
            reinterpret_cast<const unsigned char *>(m_associatedData.constData()),
            static_cast<unsigned long long>(m_associatedData.size())) != 0)
        return fail(tr("decryption failed: the content was altered or does not belong here"));
    const bool finalTag = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    if (finalTag != final)
        return fail(final ? tr("the encrypted content is truncated")
                          : tr("the encrypted content goes on past its end"));
    const bool ok =
        m_decompressor->write(QByteArrayView(m_plainBlock.constData(), qsizetype(produced)));
    sodium_memzero(m_plainBlock.data(), static_cast<size_t>(produced));
    if (!ok)
        return fail(
            tr("the content cannot be decompressed (%1)").arg(m_decompressor->errorString()));
    return true;
}

bool MemberDecoder::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_storedChecksum.digest() != m_expected.storedChecksum)
        return fail(tr("checksum mismatch (stored %1, computed %2)")
                        .arg(DumpChecksum::toHex(m_expected.storedChecksum),
                             DumpChecksum::toHex(m_storedChecksum.digest())));
    if (m_transform.encrypted()) {
        if (!m_headerRead || m_pending.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
            return fail(tr("the encrypted content is truncated"));
        if (!pullBlock(m_pending, true))
            return false;
        m_pending.clear();
    }
    if (!m_decompressor->finish())
        return fail(
            tr("the content cannot be decompressed (%1)").arg(m_decompressor->errorString()));
    if (m_expected.rawSize >= 0 && m_rawSize != m_expected.rawSize)
        return fail(
            tr("the content is %1 bytes, %2 were recorded").arg(m_rawSize).arg(m_expected.rawSize));
    if (m_expected.rawChecksum && *m_expected.rawChecksum != m_rawChecksum.digest())
        return fail(tr("checksum mismatch in the decoded content"));
    return true;
}

} // namespace sluice::engine
