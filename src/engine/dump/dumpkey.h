#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <memory>
#include <optional>

namespace sluice::engine {

// The parameters that turn ENCRYPTION_PASSWORD into the set's key. They are stored
// in the header (never the password, never the key).
struct KeyDerivation
{
    QByteArray salt; // crypto_pwhash_SALTBYTES random bytes, one per dump file set
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray keyCheck; // proves a password right or wrong before any member is read
};

// A dump file set's encryption key: Argon2id (crypto_pwhash) over the password and
// the set's salt, then a member key derived with crypto_kdf. The key lives in
// memory only and is wiped when the object goes.
class DumpKey
{
public:
    static constexpr int kKeyBytes = 32;

    ~DumpKey();
    DumpKey(const DumpKey &) = delete;
    DumpKey &operator=(const DumpKey &) = delete;

    // A new derivation for a new set: fresh salt, the given limits (defaults:
    // crypto_pwhash's INTERACTIVE limits, 64 MiB, so peak memory stays low).
    [[nodiscard]] static KeyDerivation newDerivation(quint64 opsLimit = 0, quint64 memLimit = 0);

    // Derives the key; fills derivation.keyCheck when it is empty (writing), or
    // compares it (reading): nullptr with *error set when the password is wrong.
    [[nodiscard]] static std::shared_ptr<const DumpKey> derive(const QByteArray &password,
                                                               KeyDerivation *derivation,
                                                               const QByteArray &setId,
                                                               QString *error);

    [[nodiscard]] const unsigned char *memberKey() const { return m_memberKey.data(); }

    // Bounds accepted from a header, so a forged header cannot make us allocate
    // gigabytes or spin for hours.
    [[nodiscard]] static bool limitsAcceptable(const KeyDerivation &derivation);

private:
    DumpKey() = default;
    std::array<unsigned char, kKeyBytes> m_memberKey{};
};

// libsodium's sodium_init(), once per process; false if the library cannot start.
[[nodiscard]] bool ensureSodium();

} // namespace sluice::engine
