#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/connection/keychainbackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace sluice::engine {
class PasswordSource;
} // namespace sluice::engine

namespace sluice::gui {

// Who a password is for.
struct CredentialRequest
{
    QString profileName; // empty for a connection given as a URL
    engine::ConnectionParams params;
    bool savePassword = false; // the profile keeps its password in the OS keychain
};

// Finds passwords for the GUI without ever blocking it: the passwords typed in this
// session, then the engine's chain (environment, OS keychain) asynchronously, then
// a small non-modal prompt. Also saves and forgets keychain entries asynchronously.
// Passwords typed in this session are kept in memory only, never on disk.
class CredentialProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(std::optional<QString> password)>;

    // keychain: the backend for writes and deletes; QtKeychainBackend when null (tests inject a
    // fake).
    explicit CredentialProvider(QObject *parent = nullptr,
                                std::unique_ptr<engine::KeychainBackend> keychain = {});
    ~CredentialProvider() override;

    // done(password), or done(nullopt) when the user cancelled the prompt. With
    // allowPrompt false an empty password stands in for a prompt (trust authentication).
    void obtain(const CredentialRequest &request, QWidget *promptParent, Done done,
                bool allowPrompt = true);

    void rememberForSession(const QString &profileName, const QString &password);
    void forgetForSession(const QString &profileName);
    [[nodiscard]] std::optional<QString> sessionPassword(const QString &profileName) const;

    // Writes the password to the keychain. done(ok, message); when the keychain is
    // unavailable the password stays in this session's memory and message says so.
    void savePassword(const QString &profileName, const QString &password,
                      std::function<void(bool ok, const QString &message)> done);
    void forgetPassword(const QString &profileName);
    // done(available, reason): asks the keychain for an entry to learn whether it answers.
    void
    probeKeychain(const QString &profileName, QObject *context,
                  std::function<void(bool available, bool hasEntry, const QString &reason)> done);

private:
    void prompt(const CredentialRequest &request, QWidget *promptParent, Done done);

    std::unique_ptr<engine::PasswordSource> m_source;
    std::unique_ptr<engine::KeychainBackend> m_keychain;
    QHash<QString, QString> m_session; // lower-cased profile name -> password
};

} // namespace sluice::gui
