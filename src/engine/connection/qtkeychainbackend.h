#pragma once

#include "engine/connection/keychainbackend.h"

namespace sluice::engine {

// The OS keychain through QtKeychain: service "sluice", key = the profile name in
// lower case (profile names are case-insensitive). Never falls back to an insecure
// plain-text store; an unavailable keychain is reported as Status::Unavailable.
class QtKeychainBackend final : public KeychainBackend
{
public:
    static constexpr const char16_t *kService = u"sluice";

    // The key under which a profile's password is stored.
    [[nodiscard]] static QString keyFor(const QString &profileName);

    void readPassword(const QString &key, QObject *context, Callback done) override;
    void writePassword(const QString &key, const QString &password, QObject *context,
                       Callback done) override;
    void deletePassword(const QString &key, QObject *context, Callback done) override;
};

} // namespace sluice::engine
