#pragma once

#include <QString>
#include <functional>

class QObject;

namespace sluice::engine {

// The answer of one keychain operation.
struct KeychainResult
{
    enum class Status {
        Ok,          // read: password holds the secret; write/delete: done
        NotFound,    // no entry for the key
        Unavailable, // no keychain service (e.g. no D-Bus secret service in CI)
        Failed,      // the keychain answered with an error (denied, ...)
    };
    Status status = Status::Failed;
    QString password;
    QString errorString;
};

// Where saved passwords live. Asynchronous, as the OS keychains are: the callback
// runs later in the thread of `context`, and is dropped if `context` is destroyed
// first. QtKeychainBackend is the real one; tests inject a fake.
class KeychainBackend
{
public:
    using Callback = std::function<void(const KeychainResult &)>;

    KeychainBackend() = default;
    virtual ~KeychainBackend() = default;
    KeychainBackend(const KeychainBackend &) = delete;
    KeychainBackend &operator=(const KeychainBackend &) = delete;

    virtual void readPassword(const QString &key, QObject *context, Callback done) = 0;
    virtual void writePassword(const QString &key, const QString &password, QObject *context,
                               Callback done) = 0;
    virtual void deletePassword(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace sluice::engine
