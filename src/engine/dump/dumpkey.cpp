#include "engine/dump/dumpkey.h"

#include <QCoreApplication>
#include <mutex>
#include <sodium.h>

namespace sluice::engine {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "sluicedm";
constexpr quint64 kMemberKeyId = 1;
constexpr quint64 kCheckKeyId = 2;
constexpr quint64 kMaxMemLimit = quint64(1) << 30; // 1 GiB
constexpr quint64 kMaxOpsLimit = 16;
constexpr int kKeyCheckBytes = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("DumpKey", text);
}

} // namespace

bool ensureSodium()
{
    static int result = -1;
    static std::once_flag once;
    std::call_once(once, [] { result = sodium_init(); });
    return result >= 0;
}

DumpKey::~DumpKey()
{
    sodium_memzero(m_memberKey.data(), m_memberKey.size());
}

KeyDerivation DumpKey::newDerivation(quint64 opsLimit, quint64 memLimit)
{
    (void)ensureSodium();
    KeyDerivation derivation;
    derivation.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(derivation.salt.data(), static_cast<size_t>(derivation.salt.size()));
    derivation.opsLimit = opsLimit ? opsLimit : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    derivation.memLimit = memLimit ? memLimit : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    return derivation;
}

bool DumpKey::limitsAcceptable(const KeyDerivation &derivation)
{
    return derivation.salt.size() == crypto_pwhash_SALTBYTES &&
           derivation.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           derivation.opsLimit <= kMaxOpsLimit &&
           derivation.memLimit >= crypto_pwhash_MEMLIMIT_MIN && derivation.memLimit <= kMaxMemLimit;
}

std::shared_ptr<const DumpKey> DumpKey::derive(const QByteArray &password,
                                               KeyDerivation *derivation, const QByteArray &setId,
                                               QString *error)
{
    if (!ensureSodium()) {
        *error = tr("The cryptography library (libsodium) could not be initialised.");
        return nullptr;
    }
    if (!limitsAcceptable(*derivation)) {
        *error = tr("The key derivation parameters in the header are invalid or out of "
                    "bounds.");
        return nullptr;
    }
    std::array<unsigned char, kKeyBytes> master{};
    if (crypto_pwhash(master.data(), master.size(), password.constData(),
                      static_cast<unsigned long long>(password.size()),
                      reinterpret_cast<const unsigned char *>(derivation->salt.constData()),
                      derivation->opsLimit, static_cast<size_t>(derivation->memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        *error = tr("The encryption key could not be derived (out of memory?).");
        return nullptr;
    }
    std::shared_ptr<DumpKey> key(new DumpKey);
    crypto_kdf_derive_from_key(key->m_memberKey.data(), key->m_memberKey.size(), kMemberKeyId,
                               kKdfContext, master.data());
    // The key check is a keyed hash of the set id under a sub-key of its own: it
    // reveals nothing about the member key and ties the password to this set.
    std::array<unsigned char, kKeyBytes> checkKey{};
    crypto_kdf_derive_from_key(checkKey.data(), checkKey.size(), kCheckKeyId, kKdfContext,
                               master.data());
    QByteArray check(kKeyCheckBytes, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char *>(check.data()), static_cast<size_t>(check.size()),
        reinterpret_cast<const unsigned char *>(setId.constData()),
        static_cast<unsigned long long>(setId.size()), checkKey.data(), checkKey.size());
    sodium_memzero(master.data(), master.size());
    sodium_memzero(checkKey.data(), checkKey.size());
    if (derivation->keyCheck.isEmpty()) {
        derivation->keyCheck = check;
    } else if (derivation->keyCheck.size() != check.size() ||
               sodium_memcmp(derivation->keyCheck.constData(), check.constData(),
                             static_cast<size_t>(check.size())) != 0) {
        *error = tr("The encryption password is incorrect.");
        return nullptr;
    }
    return key;
}

} // namespace sluice::engine
